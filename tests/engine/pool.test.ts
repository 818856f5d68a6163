import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../electron/engine/pool.js';

const script = new URL('../fixtures/workers/behave.mjs', import.meta.url);

describe('worker pool', () => {
  it('runs tasks on every worker and returns their answers', async () => {
    const pool = new WorkerPool<string, string>({ size: 2, script });
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((m) => pool.run(m, 10_000)));
    await pool.close();
    expect(answers).toEqual(['done:a', 'done:b', 'done:c', 'done:d']);
  });

  it('stops a task that hangs, replaces the worker and goes on', async () => {
    const pool = new WorkerPool<string, string>({ size: 1, script });
    const hung = await pool.run('hang', 300);
    const next = await pool.run('after', 10_000);
    await pool.close();
    expect(hung).toEqual({ failed: 'timeout' });
    expect(next).toBe('done:after');
  });

  it('turns a crash, an uncaught error and running out of memory into failures, not a dead pool', async () => {
    const pool = new WorkerPool<string, string>({ size: 1, script, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    expect(await pool.run('crash', 10_000)).toEqual({ failed: 'crashed' });
    expect(await pool.run('throw', 10_000)).toEqual({ failed: 'crashed' });
    expect(await pool.run('oom', 30_000)).toEqual({ failed: 'out-of-memory' });
    expect(await pool.run('ok', 10_000)).toBe('done:ok');
    await pool.close();
  });

  it('survives a worker that fails after its task was answered', async () => {
    const pool = new WorkerPool<string, string>({ size: 1, script });
    expect(await pool.run('late-throw', 10_000)).toBe('done:late-throw');
    await new Promise((r) => setTimeout(r, 200));
    expect(await pool.run('ok', 10_000)).toBe('done:ok');
    await pool.close();
  });

  it('starts its workers ahead of work when asked, and they take the tasks queued after', async () => {
    const pool = new WorkerPool<string, string>({ size: 2, script });
    pool.start();
    pool.start();
    const answers = await Promise.all(['a', 'b', 'c'].map((m) => pool.run(m, 10_000)));
    await pool.close();
    pool.start();
    expect(answers).toEqual(['done:a', 'done:b', 'done:c']);
    expect(await pool.run('after-close', 1000)).toEqual({ failed: 'cancelled' });
  });

  it('answers queued tasks as cancelled when closed', async () => {
    const pool = new WorkerPool<string, string>({ size: 1, script });
    const running = pool.run('hang', 60_000);
    const queued = pool.run('later', 60_000);
    await new Promise((r) => setTimeout(r, 100));
    await pool.close();
    expect(await running).toEqual({ failed: 'cancelled' });
    expect(await queued).toEqual({ failed: 'cancelled' });
  });
});
