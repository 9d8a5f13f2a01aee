import{r as o}from"./antd-DmI3X4SE.js";const a=m=>o(m).format("YYYY年M月D日 HH:mm");export{a as f};
