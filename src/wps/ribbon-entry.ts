/**
 * Entry of the WPS add-in's main page (index.html, loaded by WPS when it starts, never shown): puts the ribbon
 * callbacks where ribbon.xml looks for them (`window.ribbon`).
 */
import { createRibbon, type RibbonGlobals } from "./ribbon";
import { langFromLocale } from "../strings";

const g = window as unknown as RibbonGlobals & { ribbon?: unknown };
g.ribbon = createRibbon(g, document.baseURI || location.href, langFromLocale(navigator.language));
