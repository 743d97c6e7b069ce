import { useMemo, useState } from 'react';
import { isValidZone, viewerZone } from '../../../lib/days';
import { Button } from '../../../ui/button';
import { Field } from '../../../ui/field';
import { useSettings } from '../../../lib/settings';
import { useSignedIn } from '../../../lib/identity';

const input =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600';

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

function ZoneField({
  label,
  value,
  onSave,
  hint,
  allowEmpty,
}: {
  label: string;
  value: string;
  onSave: (zone: string | undefined) => void;
  hint: string;
  allowEmpty?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const valid = (allowEmpty && draft.trim() === '') || isValidZone(draft.trim());
  return (
    <Field
      label={label}
      hint={hint}
      error={valid ? undefined : `"${draft}" is not a time zone. Use an IANA name such as Europe/London.`}
    >
      {(control) => (
        <div className="flex gap-2">
          <input
            {...control}
            list="iana-zones"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            className={input}
          />
          <Button onClick={() => valid && onSave(draft.trim() || undefined)} disabled={!valid}>
            Apply
          </Button>
        </div>
      )}
    </Field>
  );
}

/** The zones shown: part of the page link, so the page that holds the link passes them in. */
export interface ZoneChoice {
  zone?: string;
  zone2?: string;
}

export function SettingsPanel({
  demoUserId,
  zones: url,
  onZones: setUrl,
}: {
  demoUserId?: string;
  zones: ZoneChoice;
  onZones: (change: ZoneChoice) => void;
}) {
  const [settings, save] = useSettings();
  // Signed in, the server says who "me" is; the typed-in ID is only for the single-user mode.
  const signedIn = useSignedIn();
  const zoneList = useMemo(() => zones(), []);
  const [userId, setUserId] = useState(settings.myUserId ?? '');
  const userIdValid = userId === '' || /^\d{1,20}$/.test(userId);
  const [length, setLength] = useState(String(settings.displayMinutes));
  const lengthValue = Number(length);
  const lengthValid = Number.isInteger(lengthValue) && lengthValue >= 15 && lengthValue <= 480;

  return (
    <div className="space-y-6">
      <datalist id="iana-zones">
        {zoneList.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <section className="space-y-3">
        <h3 className="font-semibold">Time</h3>
        <ZoneField
          label="Time zone"
          value={url.zone ?? viewerZone()}
          hint="Times show in this zone. It is part of the page link."
          onSave={(zone) => setUrl({ zone: zone === viewerZone() ? undefined : zone })}
        />
        <ZoneField
          label="Second time zone (optional)"
          value={url.zone2 ?? ''}
          allowEmpty
          hint="Shown beside the first, for example your group's zone. Leave empty for none."
          onSave={(zone2) => setUrl({ zone2 })}
        />
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">Clock</legend>
          <label className="mr-4 inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="clock"
              checked={!settings.hour12}
              onChange={() => save({ hour12: false })}
              className="accent-indigo-600"
            />
            24-hour (14:00)
          </label>
          <label className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="clock"
              checked={settings.hour12}
              onChange={() => save({ hour12: true })}
              className="accent-indigo-600"
            />
            12-hour (2:00 PM)
          </label>
        </fieldset>
        <Field
          label="Display length of a session (minutes)"
          hint="Hyra sends only start times. This length sets block heights on the day and week grids; it is not a real end time."
          error={lengthValid ? undefined : 'Enter whole minutes from 15 to 480.'}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={15}
              max={480}
              step={15}
              value={length}
              onChange={(event) => {
                setLength(event.target.value);
                const minutes = Number(event.target.value);
                if (Number.isInteger(minutes) && minutes >= 15 && minutes <= 480)
                  save({ displayMinutes: minutes });
              }}
              className={`${input} w-32`}
            />
          )}
        </Field>
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold">Look</h3>
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">Theme</legend>
          {(
            [
              ['system', 'Follow the system'],
              ['light', 'Light'],
              ['dark', 'Dark'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="mr-4 inline-flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name="theme"
                checked={settings.theme === value}
                onChange={() => save({ theme: value })}
                className="accent-indigo-600"
              />
              {label}
            </label>
          ))}
        </fieldset>
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold">You</h3>
        {signedIn ? (
          <p className="text-sm">
            Signed in as <bdi className="font-semibold">{signedIn.name || signedIn.id}</bdi> (Roblox user{' '}
            <span className="tabular-nums">{signedIn.id}</span>): &ldquo;My sessions&rdquo;, taking slots and
            your quota follow this account.
          </p>
        ) : (
          <Field
            label="Your Roblox user ID"
            className="space-y-2"
            hint={`Hyra does not say who you are: this ID powers "My sessions" and taking slots. It is the number in your Roblox profile link.${demoUserId ? ` The demo's identity is ${demoUserId}.` : ''}`}
            error={userIdValid ? undefined : 'A Roblox user ID is digits only.'}
          >
            {(control) => (
              <div className="flex gap-2">
                <input
                  {...control}
                  inputMode="numeric"
                  value={userId}
                  onChange={(event) => setUserId(event.target.value.trim())}
                  className={input}
                />
                <Button
                  onClick={() => userIdValid && save({ myUserId: userId || undefined })}
                  disabled={!userIdValid}
                >
                  Save
                </Button>
              </div>
            )}
          </Field>
        )}
      </section>
    </div>
  );
}
