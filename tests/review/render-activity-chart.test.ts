import { describe, expect, it } from 'vitest';
import { renderActivityChart, renderActivitySvg } from '../../src/review/render-activity-chart.js';
import { perDay, TODAY } from './activity-fixture.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const days = perDay(30, { [TODAY]: [12, 3], '2025-05-19': [7, 5], '2025-05-10': [2, 0] });

/** Width and height from the PNG's IHDR chunk. */
const sizeOf = (png: Buffer): { width: number; height: number } => ({
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe('renderActivitySvg', () => {
  it('draws the last 14 days, answered and declined', () => {
    const svg = renderActivitySvg(days, 800, 360);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Answered');
    expect(svg).toContain('Declined');
    expect(svg).toContain('>20 May<');
    expect(svg).toContain('>7 May<');
    expect(svg).not.toContain('>6 May<');
  });
});

describe('renderActivityChart', () => {
  it('is a PNG of the asked size, of a sensible weight', async () => {
    const png = await renderActivityChart(days, { width: 640, height: 300 });
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(sizeOf(png)).toEqual({ width: 640, height: 300 });
    expect(png.length).toBeGreaterThan(2_000);
    expect(png.length).toBeLessThan(500_000);
  });

  it('draws an empty fortnight and a single day too', async () => {
    for (const few of [perDay(14), perDay(1, { [TODAY]: [1, 0] })]) {
      const png = await renderActivityChart(few);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    }
  });

  // The labels need a font: this fails on a machine with none installed, where the chart has no text.
  it('draws its labels with a font found on this machine', async () => {
    const withFonts = await renderActivityChart(days);
    const without = await renderActivityChart(days, { font: { loadSystemFonts: false } });
    expect(withFonts.equals(without)).toBe(false);
    expect(withFonts.length).toBeGreaterThan(without.length);
  });
});
