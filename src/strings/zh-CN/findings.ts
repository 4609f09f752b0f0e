/** findings strings (zh-CN). */
export const findings = {
};
