export { formatCount, formatNumber, formatSetting, formatShortest, MINUS } from '../../model/numberFormat';
