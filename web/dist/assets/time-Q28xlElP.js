import{u as o}from"./antd-C14EcvTu.js";const r=m=>o(m).format("YYYY年M月D日 HH:mm");export{r as f};
