import type { LabSettings } from '../store/settings';
import { writeAddress, type AddressRace } from './urlState';

/**
 * The full app's address for these settings: the page's own folder (wherever the app is hosted) with the
 * settings as its query. Used by Share and by an embed's "Open in Softmax Lab".
 */
export function appLink(page: Pick<Location, 'origin' | 'pathname'>, lab: LabSettings, race: AddressRace | null): string {
  const folder = page.pathname.replace(/[^/]*$/, '');
  return `${page.origin}${folder}?${writeAddress(lab, race).toString()}`;
}
