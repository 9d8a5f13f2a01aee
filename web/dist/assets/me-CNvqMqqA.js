import{a0 as e,a1 as t,a2 as s,a3 as o}from"./index-C2JMmHCj.js";const n=e,c=t,r=s,m=o;export{c as a,r as b,m as c,n as m};
