/** Starlight sidebar built from the curriculum model: the guide pages, then one group per domain in curriculum order. */
import { domains } from './model.ts';

export function curriculumSidebar() {
	return [
		{ label: 'ホーム', translations: { en: 'Home' }, link: '/' },
		{ slug: 'exam' },
		{ slug: 'practice-cluster' },
		{ slug: 'coverage' },
		...domains.map((domain) => ({
			label: domain.name.ja,
			translations: { en: domain.name.en },
			badge: { text: `${domain.weight}%`, variant: 'note' as const },
			collapsed: false,
			items: [{ autogenerate: { directory: domain.id } }],
		})),
	];
}
