// The READMEs' theming examples must pass WCAG AA themselves, in light and in dark: every colour
// they give a custom property is a light-dark() pair whose halves have 4.5:1 against the
// default background of their scheme (#ffffff, #16181b; www/undoc.css).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../size/sizes.mjs';

const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

for (const file of ['README.md', 'pkg-template/README.md']) {
  test(`${file}: its colour examples pass AA in both schemes`, () => {
    const text = readFileSync(`${ROOT}/${file}`, 'utf8');
    const uses = [...text.matchAll(/--undoc-(accent|fg|muted|danger): ([^;]+);/g)];
    for (const [, prop, value] of uses) {
      const pair = value.match(/^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/i);
      assert.ok(pair, `--undoc-${prop}: ${value} is not a light-dark() pair: one colour cannot pass in both schemes`);
      const [, light, dark] = pair;
      assert.ok(contrast(light, '#ffffff') >= 4.5, `${light} on white: ${contrast(light, '#ffffff').toFixed(2)}:1`);
      assert.ok(contrast(dark, '#16181b') >= 4.5, `${dark} on #16181b: ${contrast(dark, '#16181b').toFixed(2)}:1`);
    }
  });
}

test('the contrast formula matches WCAG on known pairs', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  assert.ok(contrast('#8a1538', '#16181b') < 3, 'the old one-colour example fails in dark');
});
