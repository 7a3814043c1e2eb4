import { MATTER_COMMAND_NAMES, MATTER_COMMANDS, matterCommandPolicies } from './matter-command-table';
import type { MatterCommandRow } from './matter-command-table';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const rows = MATTER_COMMAND_NAMES.map((name): [string, MatterCommandRow] => [name, MATTER_COMMANDS[name]]);

describe('the matter command table', () => {
  it('has the commands of the shared contract, each at its name in kebab-case', () => {
    expect(MATTER_COMMAND_NAMES).toEqual([
      'acknowledge',
      'decline',
      'reroute',
      'rejectDecline',
      'reportProgress',
      'draftProgress',
      'contribute',
      'submitCompletion',
      'draftCompletion',
      'approveDraft',
      'returnDraft',
      'nameHandler',
      'verify',
      'returnForRework',
      'cancel',
      'requestExtension',
      'draftExtension',
      'decideExtension',
      'reassignLead',
      'instruct',
      'urge',
      'supervise',
    ]);
    for (const [name, row] of rows) {
      expect({ name, path: row.path }).toEqual({ name, path: kebab(name) });
    }
  });

  it('keeps the old paths as aliases, and no path names two commands', () => {
    const legacy = Object.fromEntries(rows.flatMap(([name, row]) => row.legacyPaths.map((p) => [p, name])));
    expect(legacy).toEqual({
      progress: 'reportProgress',
      contribution: 'contribute',
      completion: 'submitCompletion',
      return: 'returnForRework',
      'extension-request': 'requestExtension',
      'extension-decision': 'decideExtension',
      instructions: 'instruct',
    });
    const paths = rows.flatMap(([, row]) => [row.path, ...row.legacyPaths]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('runs each command as its own Update, but supervise, which is urge under the director', () => {
    for (const [name, row] of rows) {
      expect({ name, update: row.update }).toEqual({ name, update: name === 'supervise' ? 'urge' : name });
    }
    expect(MATTER_COMMANDS.supervise.roles).toEqual(['office_director']);
  });

  it('gives the commands that share a policy the same roles', () => {
    const policies = matterCommandPolicies();
    for (const [, row] of rows) {
      expect([...policies[row.policy as keyof typeof policies]].sort()).toEqual([...row.roles].sort());
    }
  });
});
