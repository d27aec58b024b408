/** Starlight sidebar built from the curriculum model: the guide pages, then one group per domain in curriculum order. */
import { domains } from './model.ts';

export function curriculumSidebar() {
	return [
		{ label: 'ホーム', translations: { en: 'Home' }, link: '/' },
		{ slug: 'exam' },
		{ slug: 'practice-cluster' },
		{ slug: 'coverage' },
		{ label: '学習の記録', translations: { en: 'Study progress' }, link: '/study/' },
		{ label: '模擬試験', translations: { en: 'Mock exam' }, link: '/study/exam/' },
		{ label: 'マニフェストのチェック', translations: { en: 'Manifest checker' }, link: '/check/' },
		{ label: 'コマンド早見表', translations: { en: 'Command cheat sheet' }, link: '/cheatsheet/' },
		{ slug: 'notes-map' },
		...domains.map((domain) => ({
			label: domain.name.ja,
			translations: { en: domain.name.en },
			badge: { text: `${domain.weight}%`, variant: 'note' as const },
			collapsed: false,
			items: [{ autogenerate: { directory: domain.id } }],
		})),
	];
}
