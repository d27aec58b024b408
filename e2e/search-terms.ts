/** Terms a CKS candidate types, and the page that must come first or second: katakana, kanji, commands and flags. */
export interface SearchTerm {
	term: string;
	/** Topic page id without locale. */
	page: string;
	lang?: 'ja' | 'en';
}

export const searchTerms: SearchTerm[] = [
	{ term: 'ネットワークポリシー', page: 'cluster-setup/network-policy' },
	{ term: 'シークレット', page: 'microservice-vulnerabilities/secrets' },
];
