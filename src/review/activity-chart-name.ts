/**
 * The file name /stats attaches the chart under (the embed shows `attachment://activity.png`). Its
 * own module so the embed can name the file without loading the chart renderer (echarts and resvg).
 */
export const ACTIVITY_CHART_NAME = 'activity.png';
