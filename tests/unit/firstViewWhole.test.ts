import { describe, expect, it } from 'vitest';
import { drawFirstViewWhole } from '../../src/map/firstViewWhole';

/** A map whose frames call `painter.render` as MapLibre's do, with a clock the test moves by hand. */
function fakeMap() {
  const drawn: number[] = [];
  const timers: Array<{ at: number; callback: () => void }> = [];
  let time = 0;
  let loaded = false;
  let repaints = 0;
  const painter = {
    frames: 0,
    render(this: { frames: number }, frame: number) {
      // MapLibre's painter reads its own fields: the wrapper must keep `this`.
      this.frames += 1;
      drawn.push(frame);
    },
  };
  const map = {
    painter,
    loaded: () => loaded,
    triggerRepaint: () => {
      repaints += 1;
    },
  };
  const clock = {
    now: () => time,
    setTimeout: (callback: () => void, ms: number) => timers.push({ at: time + ms, callback }),
  };
  return {
    map,
    clock,
    drawn,
    frame: (n: number) => (map.painter.render as (frame: number) => void).call(painter, n),
    setLoaded: (value: boolean) => (loaded = value),
    advance(ms: number) {
      time += ms;
      for (const timer of timers.splice(0).filter((t) => t.at <= time)) timer.callback();
    },
    repaints: () => repaints,
    painterFrames: () => painter.frames,
  };
}

describe('drawFirstViewWhole', () => {
  it('holds back the frames of a view still loading and draws the first complete one', () => {
    const fake = fakeMap();
    drawFirstViewWhole(fake.map, 2000, fake.clock);
    fake.frame(1);
    fake.advance(300);
    fake.frame(2);
    expect(fake.drawn).toEqual([]);
    fake.setLoaded(true);
    fake.frame(3);
    expect(fake.drawn).toEqual([3]);
    expect(fake.painterFrames()).toBe(1);
  });

  it('draws every frame after the first, loaded or not (a pan that brings new tiles)', () => {
    const fake = fakeMap();
    drawFirstViewWhole(fake.map, 2000, fake.clock);
    fake.setLoaded(true);
    fake.frame(1);
    fake.setLoaded(false);
    fake.frame(2);
    fake.frame(3);
    expect(fake.drawn).toEqual([1, 2, 3]);
    // MapLibre's own function is back in place: nothing of the wrapper runs on later frames.
    expect(fake.map.painter.render.name).toBe('render');
  });

  it('draws a view that takes longer than its patience as it loads', () => {
    const fake = fakeMap();
    drawFirstViewWhole(fake.map, 2000, fake.clock);
    fake.frame(1);
    fake.advance(1999);
    fake.frame(2);
    expect(fake.drawn).toEqual([]);
    fake.advance(1);
    fake.frame(3);
    fake.frame(4);
    expect(fake.drawn).toEqual([3, 4]);
  });

  it('asks for a frame when its patience runs out, so a view whose last tile never comes is drawn', () => {
    const fake = fakeMap();
    drawFirstViewWhole(fake.map, 2000, fake.clock);
    fake.frame(1);
    fake.advance(2000);
    expect(fake.repaints()).toBe(1);
  });

  it('asks for nothing when the view was drawn in time', () => {
    const fake = fakeMap();
    drawFirstViewWhole(fake.map, 2000, fake.clock);
    fake.setLoaded(true);
    fake.frame(1);
    fake.advance(2000);
    expect(fake.repaints()).toBe(0);
  });

  it('leaves a map without the painter it knows to draw as it loads', () => {
    const withoutPainter = { loaded: () => false, triggerRepaint: () => undefined };
    expect(() => drawFirstViewWhole(withoutPainter)).not.toThrow();
    // A later MapLibre whose painter has no `render` function keeps what it has.
    const otherPainter = {
      painter: { render: 'renamed' },
      loaded: () => false,
      triggerRepaint: () => undefined,
    };
    drawFirstViewWhole(otherPainter);
    expect(otherPainter.painter.render).toBe('renamed');
  });
});
