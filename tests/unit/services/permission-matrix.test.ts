import { describe, expect, it } from 'vitest';
import { contract, grants, permissionMatrix, roles } from '../../../shared/contract';
import { checkPermissionMatrix } from './permission-matrix';

describe('the permission matrix', () => {
  it('covers every method and role, and every permission is held by someone', () => {
    const matrix = permissionMatrix(contract);
    expect(matrix.map((r) => r.method).sort()).toEqual(Object.keys(contract).sort());
    for (const [permission, holders] of Object.entries(grants)) expect(holders.length, permission).toBeGreaterThan(0);
    // Sensitive and final decisions stay with the few who hold them (NĐ 116 Điều 4; the head signs).
    const holders = (method: keyof typeof contract) => roles.filter((r) => matrix.find((m) => m.method === method)!.allowed[r]);
    expect(holders('reports.finalise')).toEqual(['head']);
    expect(holders('discharge.undo')).toEqual(['head']);
    expect(holders('users.create')).toEqual(['admin']);
  });

  // That each allowed call also succeeds with real data is shown by valid-calls.test.ts.
  it('is enforced: each refused call gets forbidden and changes nothing, each allowed call passes the gate', () => {
    const result = checkPermissionMatrix();
    expect(result.violations).toEqual([]);
    expect(result.changedTables).toEqual([]);
    expect(result.refused).toBeGreaterThan(100);
  });
});
