// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints made-up files placed in the tree (they need not exist; what they import does).
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId?.startsWith('import-x/')).map((m) => m.message);
}

describe('the layering lint', () => {
  it('refuses a feature importing another feature, however the path is written', async () => {
    const near = await problems(
      'src/features/calendar/components/x.tsx',
      "import { overlaps } from '../../actions/model/overlaps';\nexport const x = overlaps;\n",
    );
    expect(near).toEqual([expect.stringMatching(/Features do not import each other/)]);
    const far = await problems(
      'src/features/calendar/components/x.tsx',
      "import { overlaps } from '../../../features/actions/model/overlaps';\nexport const x = overlaps;\n",
    );
    expect(far).toEqual([expect.stringMatching(/Features do not import each other/)]);
  });

  it('refuses imports upward through the layers', async () => {
    expect(
      await problems('src/lib/x.ts', "import { Button } from '../ui/button';\nexport const x = Button;\n"),
    ).toEqual([expect.stringMatching(/lib\/ sits below ui\//)]);
    expect(
      await problems(
        'src/hyra/x.ts',
        "import { VIEWS } from '../features/calendar/model/views';\nexport const x = VIEWS;\n",
      ),
    ).toEqual([expect.stringMatching(/hyra\/ sits below features\//)]);
    expect(
      await problems(
        'src/features/quota/x.ts',
        "import { useUrlState } from '../../app/url-state';\nexport const x = useUrlState;\n",
      ),
    ).toEqual([expect.stringMatching(/features\/ sits below app\//)]);
  });

  it('lets only the entry load the demo', async () => {
    const code = "import { DEMO_PEOPLE } from './demo/people';\nexport const x = DEMO_PEOPLE;\n";
    expect(await problems('src/main.tsx', code)).toEqual([]);
    expect(await problems('src/app/x.ts', code.replace('./demo/', '../demo/'))).toEqual([
      expect.stringMatching(/Only the entry/),
    ]);
  });

  it('allows imports downward and within a feature', async () => {
    expect(
      await problems(
        'src/features/calendar/components/x.tsx',
        "import { VIEWS } from '../model/views';\nimport { useApi } from '../../../hyra/api-context';\nimport { cn } from '../../../lib/cn';\nexport const x = [VIEWS, useApi, cn];\n",
      ),
    ).toEqual([]);
  });

  it('checks for import cycles in the source', async () => {
    const config = await eslint.calculateConfigForFile('src/hyra/parse.ts');
    expect(config.rules['import-x/no-cycle']).toEqual([2]);
  });
});
