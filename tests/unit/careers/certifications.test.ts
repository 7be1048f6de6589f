import { describe, expect, it } from 'vitest';
import { certificationCode } from '../../../src/lib/careers/certifications.ts';

describe('certificationCode', () => {
  it.each<[name: string, code: string | undefined, expected: string | undefined]>([
    // The name already shows the code: print it once.
    ['Certified Kubernetes Administrator (CKA)', 'CKA', undefined],
    ['Certified Data Centre Professional (CDCP)', 'CDCP', undefined],
    ['Certified Kubernetes Application Developer (CKAD)', 'ckad', undefined],
    ['NCA-GENL Generative AI LLMs', 'NCA-GENL', undefined],
    // The name does not show it: print it.
    ['NVIDIA-Certified Associate: Generative AI LLMs', 'NCA-GENL', 'NCA-GENL'],
    ['NVIDIA-Certified Professional: AI Networking', ' NCP-AIN ', 'NCP-AIN'],
    // Part of a longer token does not count.
    ['Certified Kubernetes Application Developer (CKAD)', 'CKA', 'CKA'],
    ['NCA-GENL2 track', 'NCA-GENL', 'NCA-GENL'],
    // No code.
    ['Certified Data Centre Professional (CDCP)', undefined, undefined],
    ['Some course', '  ', undefined],
    // Regular-expression characters in a code are literal.
    ['Cert A+B', 'A+B', undefined],
    ['Cert AAB', 'A+B', 'A+B'],
  ])('%s with code %s → %s', (name, code, expected) => {
    expect(certificationCode(name, code)).toBe(expected);
  });
});
