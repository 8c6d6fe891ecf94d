import { SandboxClock } from '../../src/sandbox/clock';
import { nextMondayNine, nextMonthStart } from '../../src/sandbox/time-travel';
import { sandboxDatabaseUrl } from '../../src/sandbox/start';

describe('the sandbox clock', () => {
  it('when it moves forward, then the app sees the new time and older offsets stay known for timers planned under them', () => {
    let real = Date.parse('2027-03-01T10:00:00Z');
    const clock = new SandboxClock(() => real);
    expect(clock.now().toISOString()).toBe('2027-03-01T10:00:00.000Z');
    const before = real;
    real += 1000;
    expect(clock.advanceTo(new Date('2027-03-03T09:00:00Z'))).toBe(Date.parse('2027-03-03T09:00:00Z') - real);
    expect(clock.now().toISOString()).toBe('2027-03-03T09:00:00.000Z');
    expect(clock.offsetAt(before)).toBe(0);
    expect(clock.offsetAt(real)).toBe(clock.offset);
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2027-03-03T09:01:00.000Z');
  });

  it('when asked to go back, then it stays where it is; Reset returns to real time', () => {
    const real = Date.parse('2027-03-01T10:00:00Z');
    const clock = new SandboxClock(() => real);
    clock.advanceTo(new Date('2027-03-05T00:00:00Z'));
    expect(clock.advanceTo(new Date('2027-03-02T00:00:00Z'))).toBe(0);
    expect(clock.now().toISOString()).toBe('2027-03-05T00:00:00.000Z');
    clock.reset();
    expect(clock.now().getTime()).toBe(real);
  });
});

describe('clock targets', () => {
  it('when it is Monday 09:00 or later in a zone, then the next Monday 09:00 is a week on, in that zone', () => {
    // Monday 2027-03-29 07:30 UTC is 09:30 in Berlin (CEST since Sunday) and 04:30 in São Paulo.
    const at = new Date('2027-03-29T07:30:00Z');
    expect(nextMondayNine(at, 'Europe/Berlin').toISOString()).toBe('2027-04-05T07:00:00.000Z');
    expect(nextMondayNine(at, 'America/Sao_Paulo').toISOString()).toBe('2027-03-29T12:00:00.000Z');
    expect(nextMondayNine(new Date('2027-03-26T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2027-03-29T07:00:00.000Z',
    );
  });

  it('when the month has begun, then the next first working day at 10:00 is in the next month (weekends skipped)', () => {
    // 2027-05-01 is a Saturday, so May's first working day is Monday the 3rd.
    expect(nextMonthStart(new Date('2027-04-15T12:00:00Z'), 'Europe/London').toISOString()).toBe(
      '2027-05-03T09:00:00.000Z',
    );
    expect(nextMonthStart(new Date('2027-12-20T12:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2028-01-03T15:00:00.000Z',
    );
  });
});

describe('the sandbox database', () => {
  it('when derived from DATABASE_URL, then it is the same server with _sandbox appended, never the real database', () => {
    expect(sandboxDatabaseUrl('postgres://postgres@postgres:5432/mentor_me')).toBe(
      'postgres://postgres@postgres:5432/mentor_me_sandbox',
    );
    expect(sandboxDatabaseUrl(undefined)).toBe('postgres://postgres@127.0.0.1:5432/mentor_me_sandbox');
    expect(sandboxDatabaseUrl('postgres://u:p@db/app_sandbox')).toBe('postgres://u:p@db/app_sandbox');
  });
});
