import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS } from '../../src/demo/permissions';
import { NO_PERMISSIONS, parsePermissions } from '../../src/hyra/parse';
import { PermissionsSchema } from '../../src/hyra/schemas';

describe('the demo permission sets', () => {
  it('ALL_PERMISSIONS grants every flag with no claim limit, in the shape Hyra sends', () => {
    expect(Object.keys(ALL_PERMISSIONS)).toEqual(Object.keys(NO_PERMISSIONS));
    expect(ALL_PERMISSIONS.assign_roles).toBe(true);
    expect(ALL_PERMISSIONS.create_adhoc_sessions).toBe(true);
    expect(ALL_PERMISSIONS.host_quota).toBe(0);
    expect(Object.values(ALL_PERMISSIONS).every((value) => value === true || value === 0)).toBe(true);
    expect(PermissionsSchema.parse(ALL_PERMISSIONS)).toEqual(ALL_PERMISSIONS);
    expect(parsePermissions(ALL_PERMISSIONS)).toEqual(ALL_PERMISSIONS);
  });
});
