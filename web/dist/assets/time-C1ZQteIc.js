import{z as o}from"./antd-DYJnBpQE.js";const r=m=>o(m).format("YYYY年M月D日 HH:mm");export{r as f};
