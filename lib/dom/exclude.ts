/**
 * What inside an article is not the article: navigation, asides, comments, related-story rails, ads, forms,
 * and text nobody sees. Used on top of Readability (which works on a clone and may keep a rail it scored well)
 * and on its own when Readability finds nothing.
 */

const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'DIALOG',
  'MENU',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'menu',
  'menubar',
  'dialog',
  'alert',
  'alertdialog',
  'search',
  'form',
  'toolbar',
  'tablist',
]);

/**
 * Class or id tokens that mark boilerplate on news sites. Matched per token and per hyphen/underscore segment, so
 * "related-stories" and "article-comments" match but "commentary" and "ad-free" do not.
 */
const BOILERPLATE_SEGMENT =
  /^(?:.*[-_])?(comments?|discussion|replies|related|recirc|sidebar|rail|newsletter|subscribe|paywall|breadcrumbs?|outbrain|taboola|promos?|sponsored|sponsor|trending|most-popular|popular|social|share|sharing|cookie|consent|gdpr|masthead|advert|advertisement|skip-link)(?:[-_].*)?$/;
const AD_TOKEN = /^(?:.*[-_])?ads?(?:[-_](?:slot|unit|container|wrapper|banner|box|placeholder|label|block))?$/;

function hasBoilerplateToken(words: string): boolean {
  for (const token of words.toLowerCase().split(/\s+/)) {
    if (token && (BOILERPLATE_SEGMENT.test(token) || AD_TOKEN.test(token))) return true;
  }
  return false;
}

/** Whether an element (not its ancestors) marks its contents as not part of the article. */
function isBoilerplateElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // What the reader is writing (an editor, a comment box) is theirs to edit, not an article to annotate.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  // A page-level <header> is the site's masthead; a <header> inside the article holds its headline.
  if (tag === 'HEADER' && !el.parentElement?.closest('article, main, [role="main"]')) return true;
  return hasBoilerplateToken(`${typeof el.className === 'string' ? el.className : ''} ${el.id}`);
}

/**
 * Whether a text node lies in boilerplate, looking at its ancestors up to (not including) `root`.
 * `memo` caches answers per element, so walking a whole article stays linear.
 */
export function isInBoilerplate(node: Node, root: Element, memo: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let el = node.parentElement;
  let verdict = false;
  while (el && el !== root) {
    const known = memo.get(el);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    chain.push(el);
    if (isBoilerplateElement(el)) {
      verdict = true;
      break;
    }
    el = el.parentElement;
  }
  if (!el && root !== null) {
    // Walked off the top without meeting the root: the node is not inside the article at all.
    verdict = true;
  }
  for (const c of chain) memo.set(c, verdict);
  return verdict;
}

/**
 * Whether a text node is in something the reader can edit, judged from the node up (so also when Readability picked
 * the editable element itself as the article, where the ancestor walk above stops short of it).
 */
export function isEditable(node: Node): boolean {
  const host = node.parentElement?.closest('[contenteditable], textarea');
  if (!host) return false;
  return host.tagName.toUpperCase() === 'TEXTAREA' || host.getAttribute('contenteditable')?.toLowerCase() !== 'false';
}
