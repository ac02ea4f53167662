import type { ReactiveElement } from 'lit';

/** A controller whose work may finish a frame after the host's update. */
export interface Settling {
  /** Work is waiting for a frame. */
  readonly busy: boolean;
  /** Resolves when no work is waiting. */
  readonly settled: Promise<void>;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Resolves once `host` has drawn its current data: the load settled, no
 * update pending, and (while connected) every controller settled; then once
 * the frame that shows it has been painted (`view.painted`). A load that cannot
 * finish while the host is disconnected is waited for a frame at a time,
 * never in a spin.
 */
export async function whenDrawn(
  host: ReactiveElement,
  data: { readonly settled: Promise<void>; readonly state: string },
  controllers: readonly Settling[],
  view: { painted(): Promise<void> },
): Promise<void> {
  for (;;) {
    await data.settled;
    await host.updateComplete;
    if (host.isConnected && controllers.some((c) => c.busy)) {
      await Promise.all(controllers.map((c) => c.settled));
      continue;
    }
    if (!host.isUpdatePending && data.state !== 'loading') break;
    await nextFrame();
  }
  await view.painted();
}
