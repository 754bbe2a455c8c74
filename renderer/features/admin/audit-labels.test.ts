import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';

// Every write leaves an audit row; the audit viewer must name each one in both languages, not show a raw method.
const commands = Object.entries(contract)
  .filter(([, def]) => def.kind === 'command')
  .map(([name]) => name);

describe('audit log labels', () => {
  it('names every command method in Vietnamese and English', () => {
    const missingVi = commands.filter((m) => !(m in vi.admin.auditMethods));
    const missingEn = commands.filter((m) => !(m in en.admin.auditMethods));
    expect({ missingVi, missingEn }).toEqual({ missingVi: [], missingEn: [] });
  });

  it('names no method the contract no longer has', () => {
    expect(Object.keys(vi.admin.auditMethods).filter((m) => !commands.includes(m))).toEqual([]);
  });
});
