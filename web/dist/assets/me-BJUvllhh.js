import{al as e,am as t,an as o,ao as s}from"./index-BYmRg5x1.js";const a=e,c=t,m=o,r=s;export{c as a,m as b,r as c,a as m};
