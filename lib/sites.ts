/**
 * The news sites DealLens runs on by itself. The content script is declared for these match patterns in the
 * manifest; any other page is checked only through activeTab ("Check this page") or a site the reader adds.
 */
export interface NewsSite {
  name: string;
  /** Registrable domain; the match pattern covers it and its subdomains. */
  domain: string;
}

export const NEWS_SITES: readonly NewsSite[] = [
  { name: 'Reuters', domain: 'reuters.com' },
  { name: 'Bloomberg', domain: 'bloomberg.com' },
  { name: 'The Wall Street Journal', domain: 'wsj.com' },
  { name: 'The New York Times', domain: 'nytimes.com' },
  { name: 'Financial Times', domain: 'ft.com' },
  { name: 'CNBC', domain: 'cnbc.com' },
  { name: 'TechCrunch', domain: 'techcrunch.com' },
  { name: 'The Verge', domain: 'theverge.com' },
  { name: 'The Information', domain: 'theinformation.com' },
  { name: 'Axios', domain: 'axios.com' },
  { name: 'Business Insider', domain: 'businessinsider.com' },
  { name: 'GeekWire', domain: 'geekwire.com' },
  { name: 'Fortune', domain: 'fortune.com' },
  { name: 'Forbes', domain: 'forbes.com' },
  { name: 'MarketWatch', domain: 'marketwatch.com' },
  { name: 'Yahoo Finance', domain: 'finance.yahoo.com' },
  { name: 'Benzinga', domain: 'benzinga.com' },
  { name: 'CNN', domain: 'cnn.com' },
  { name: 'BBC', domain: 'bbc.com' },
  { name: 'BBC (UK)', domain: 'bbc.co.uk' },
  { name: 'The Guardian', domain: 'theguardian.com' },
  { name: 'AP News', domain: 'apnews.com' },
  { name: 'Semafor', domain: 'semafor.com' },
  { name: 'The Washington Post', domain: 'washingtonpost.com' },
  { name: "Barron's", domain: 'barrons.com' },
  { name: 'Wired', domain: 'wired.com' },
  { name: 'Ars Technica', domain: 'arstechnica.com' },
  { name: 'VentureBeat', domain: 'venturebeat.com' },
  { name: 'Engadget', domain: 'engadget.com' },
  { name: 'The Economist', domain: 'economist.com' },
  { name: 'Seeking Alpha', domain: 'seekingalpha.com' },
  { name: 'Investopedia', domain: 'investopedia.com' },
  { name: 'Fox Business', domain: 'foxbusiness.com' },
  { name: 'Los Angeles Times', domain: 'latimes.com' },
  { name: 'Nikkei Asia', domain: 'asia.nikkei.com' },
  { name: 'SiliconANGLE', domain: 'siliconangle.com' },
  { name: 'ZDNET', domain: 'zdnet.com' },
  { name: 'Quartz', domain: 'qz.com' },
  { name: 'The Motley Fool', domain: 'fool.com' },
];

/** One pattern per site, covering the domain itself and every subdomain (www., finance., …). */
function matchPatternFor(domain: string): string {
  return `*://*.${domain}/*`;
}

export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.map((s) => matchPatternFor(s.domain));

/** Whether a host name is on the default list (same rule as the match patterns: the domain or a subdomain). */
export function isDefaultNewsHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return NEWS_SITES.some((s) => h === s.domain || h.endsWith(`.${s.domain}`));
}
