import {
  MANDATED_PARTS,
  type DocType,
  type ReportPartRecord,
  type SectionRecord,
} from '../../schema/records.ts';

export interface MandatedPartsInput {
  norm: string;
  sections: SectionRecord[];
  docType: DocType;
}

/** Placeholder until the sections work lands: every part unknown-absent. */
export function detectMandatedParts({ docType }: MandatedPartsInput): ReportPartRecord[] {
  return MANDATED_PARTS.map((part) => ({
    part,
    present: docType === 'annual_report' ? 'absent' : 'n/a',
    heading: null,
    start: null,
  }));
}
