import{x as o}from"./antd-DsbGMPrI.js";const r=m=>o(m).format("YYYY年M月D日 HH:mm");export{r as f};
