import{aj as e,ak as t,al as s,am as o}from"./index-ho-nf53y.js";const n=e,c=t,m=s,r=o;export{c as a,m as b,r as c,n as m};
