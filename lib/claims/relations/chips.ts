import type { Claim } from '../types';
import type { RelationModule } from '../relation';
import { isModifier, type SentenceContext } from '../context';
import { phraseClaim } from '../parties';
import { entityById } from '../../entities/catalogue';
import { isCompany, isPublication, type Mention } from '../../entities/mentions';

// "Amazon's own AI chip", "AWS's in-house inference processors": a company's chips, said after its name.
const OWNED_CHIP =
  /^['’]s?\s+(?:own\s+|in-house\s+|custom\s+|homegrown\s+)?(?:ai\s+|inference\s+|training\s+)?(?:chips?|accelerators?|processors?|silicon)\b/i;
// Between a chip and its owner after it: "Trainium, Amazon's chip", "The Inferentia processor is Amazon's own chip".
const APPOSITION_OR_COPULA =
  /^(?:,\s|(?:\s+(?:ai\s+)?(?:chips?|accelerators?|processors?))?\s+(?:is|are|was|were|remains?)\s+)$/i;
// "Amazon's in-house AI chips, Trainium": the chip named in apposition after its owner's chips. Only where the
// apposition ends there: "Nvidia's chips, Trainium and TPUs" is a list of options, not Nvidia's chips.
const CHIPS_THEN_NAME =
  /^['’]s?\s+(?:own\s+|in-house\s+|custom\s+|homegrown\s+)?(?:ai\s+|inference\s+|training\s+)?(?:chips|accelerators|processors),\s+$/i;
const APPOSITION_ENDS = /^(?:\s+(?:chips?|accelerators?|processors?))?(?!,?\s*(?:and|or|&)\b)\s*(?:[.,;:!?)]|$)/i;

function namedAfterOwnersChips(ctx: SentenceContext, ownerEnd: number, chip: Mention): boolean {
  return (
    CHIPS_THEN_NAME.test(ctx.sentence.slice(ownerEnd - ctx.start, chip.start - ctx.start)) &&
    APPOSITION_ENDS.test(ctx.sentence.slice(chip.end - ctx.start, chip.end - ctx.start + 24))
  );
}

/** "Amazon's Trainium chips", "its in-house Trainium and Inferentia accelerators": whose chip a named chip is. */
function extractChips(ctx: SentenceContext): Claim[] {
  const out: Claim[] = [];
  for (const chip of ctx.mentions) {
    if (chip.kind !== 'chip') continue;
    const previous = out[out.length - 1];
    // "Trainium and Inferentia": the second chip of a list has the first one's owner.
    if (previous && /^\s*(?:and|,|&)\s*$/.test(ctx.sentence.slice(previous.end - ctx.start, chip.start - ctx.start))) {
      out.push(phraseClaim(ctx, 'chips', chip.start, chip.end, { subject: chip.named, object: previous.object }));
      continue;
    }
    const lead = ctx.sentence.slice(Math.max(0, chip.start - ctx.start - 30), chip.start - ctx.start);
    const pronoun = /\b(?:its|their)\s+(?:own\s+|in-house\s+|custom\s+|homegrown\s+)?$/i.exec(lead);
    if (pronoun) {
      const at = chip.start - pronoun[0].length;
      const owner = [...ctx.mentions].reverse().find((m) => m.end <= at && isCompany(m) && at - m.end < 80);
      // Whose "its" is can be read more than one way ("OpenAI will adopt its Trainium chips, Amazon hopes"): inferred.
      if (owner)
        out.push(phraseClaim(ctx, 'chips', at, chip.end, { subject: chip.named, object: owner.id, inferred: true }));
      continue;
    }
    // "Trainium, Amazon's in-house AI chip", "The Inferentia processor is Amazon's own chip": the owner named after
    // the chip, in apposition or after "is".
    const appositive = ctx.mentions.find(
      (m) =>
        m.start >= chip.end &&
        m.start - chip.end <= 32 &&
        isCompany(m) &&
        APPOSITION_OR_COPULA.test(ctx.sentence.slice(chip.end - ctx.start, m.start - ctx.start)),
    );
    if (
      appositive &&
      OWNED_CHIP.test(ctx.sentence.slice(appositive.end - ctx.start, appositive.end - ctx.start + 40))
    ) {
      out.push(phraseClaim(ctx, 'chips', chip.start, appositive.end, { subject: chip.named, object: appositive.id }));
      continue;
    }
    // "Trainium accelerators made by Amazon", "The Trainium chip is designed by Amazon": the maker named after the chip.
    const maker = ctx.mentions.find(
      (m) =>
        m.start >= chip.end &&
        isCompany(m) &&
        /^(?:\s+(?:ai\s+)?(?:chips?|accelerators?|processors?))?,?\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:made|designed|built|developed|created)\s+(?:in-house\s+)?by\s+$/i.test(
          ctx.sentence.slice(chip.end - ctx.start, m.start - ctx.start),
        ),
    );
    if (maker) {
      out.push(phraseClaim(ctx, 'chips', chip.start, maker.end, { subject: chip.named, object: maker.id }));
      continue;
    }
    const owner = [...ctx.mentions]
      .reverse()
      .find(
        (m) =>
          m.end <= chip.start &&
          m.kind !== 'chip' &&
          m.kind !== 'person' &&
          !isPublication(m) &&
          chip.start - m.end < 30,
      );
    const possessive =
      owner &&
      (/^['’]s?\s*(?:own\s+|in-house\s+|custom\s+)?$/.test(
        ctx.sentence.slice(owner.end - ctx.start, chip.start - ctx.start),
      ) ||
        namedAfterOwnersChips(ctx, owner.end, chip));
    if (!owner || !possessive || !entityById(owner.named)) {
      // "Amazon has launched a project that will use one million Trainium 2 chips": the chip beside the company the
      // sentence is about. Inferred: it may support the chip's maker, never contradict it.
      const subject = ctx.mentions.find((m) => isCompany(m) && m.end <= chip.start && !isModifier(ctx, m));
      if (subject)
        out.push(
          phraseClaim(ctx, 'chips', chip.start, chip.end, { subject: chip.named, object: subject.id, inferred: true }),
        );
      continue;
    }
    out.push(phraseClaim(ctx, 'chips', owner.start, chip.end, { subject: chip.named, object: owner.id }));
  }
  return out;
}
export const chips: RelationModule = {
  relation: 'chips',
  label: 'Chips',
  noun: 'chip maker',
  policy: {},
  extract: extractChips,
};
