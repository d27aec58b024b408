/** Renders the app icons in public/icons/ from public/favicon.svg (run after changing the logo: node scripts/icons.ts). */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

const svg = await readFile('public/favicon.svg');
// A maskable icon keeps its content inside the central 80% circle, on a full-bleed background.
const maskable = Buffer.from(
	svg
		.toString()
		.replace('<rect width="512" height="512" rx="96" fill="#17181c"/>', '<rect width="512" height="512" fill="#17181c"/>')
		.replace(/<path/g, '<path transform="translate(51.2 51.2) scale(0.8)"'),
);

for (const [name, source, size] of [
	['icon-192.png', svg, 192],
	['icon-512.png', svg, 512],
	['maskable-512.png', maskable, 512],
	['apple-touch-icon.png', maskable, 180],
] as const) {
	await sharp(source).resize(size, size).png().toFile(`public/icons/${name}`);
}
