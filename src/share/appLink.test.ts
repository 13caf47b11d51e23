import { expect, it } from 'vitest';
import { initialSettings } from '../store/initialSettings';
import { appLink } from './appLink';

it('a link keeps the folder the app is hosted in and drops the file name and any old query', () => {
  const { settings } = initialSettings();
  const lab = { ...settings, model: { ...settings.model, l2: 0.1 } };
  expect(appLink({ origin: 'https://notes.example', pathname: '/ml/softmax/index.html' }, lab, null)).toBe('https://notes.example/ml/softmax/?v=1&l2=0.1');
  expect(appLink({ origin: 'http://127.0.0.1:4173', pathname: '/' }, lab, null)).toBe('http://127.0.0.1:4173/?v=1&l2=0.1');
});
