// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { onlineStatus, type OnlineEventSource } from "./offline";

/** A window double whose `navigator.onLine` the test sets, like a browser does before the event. */
function fakeWindow(initial: boolean) {
  const target = new EventTarget();
  const navigator = { onLine: initial };
  let listenerCount = 0;
  const source: OnlineEventSource = {
    navigator,
    addEventListener(type, listener) {
      listenerCount += 1;
      target.addEventListener(type, listener);
    },
    removeEventListener(type, listener) {
      listenerCount -= 1;
      target.removeEventListener(type, listener);
    },
  };
  const go = (online: boolean) => {
    navigator.onLine = online;
    target.dispatchEvent(new Event(online ? "online" : "offline"));
  };
  return { source, go, navigator, listeners: () => listenerCount };
}

describe("onlineStatus", () => {
  it("starts from navigator.onLine", () => {
    expect(onlineStatus(fakeWindow(true).source).online()).toBe(true);
    expect(onlineStatus(fakeWindow(false).source).online()).toBe(false);
  });

  it("follows the online and offline events and tells every subscriber", () => {
    const win = fakeWindow(true);
    const status = onlineStatus(win.source);
    const a: boolean[] = [];
    const b: boolean[] = [];
    status.subscribe((v) => a.push(v));
    status.subscribe((v) => b.push(v));
    win.go(false);
    expect(status.online()).toBe(false);
    win.go(true);
    expect(status.online()).toBe(true);
    win.go(false);
    expect(a).toEqual([false, true, false]);
    expect(b).toEqual([false, true, false]);
  });

  it("trusts the last event even when navigator.onLine lags behind it", () => {
    const win = fakeWindow(true);
    const status = onlineStatus(win.source);
    status.subscribe(() => {});
    win.go(false);
    win.navigator.onLine = true; // not yet followed by an event
    expect(status.online()).toBe(false);
  });

  it("detaches from the window when the last subscriber leaves", () => {
    const win = fakeWindow(true);
    const status = onlineStatus(win.source);
    const seen: boolean[] = [];
    const off1 = status.subscribe((v) => seen.push(v));
    const off2 = status.subscribe(() => {});
    expect(win.listeners()).toBe(2); // one for each event type, shared by subscribers
    off1();
    win.go(false);
    expect(seen).toEqual([]);
    off2();
    expect(win.listeners()).toBe(0);
    // Unwatched, it falls back to navigator.onLine rather than a stale event.
    win.navigator.onLine = true;
    expect(status.online()).toBe(true);
  });

  it("works over a jsdom window", () => {
    const status = onlineStatus(window);
    const seen: boolean[] = [];
    const off = status.subscribe((v) => seen.push(v));
    window.dispatchEvent(new Event("offline"));
    expect(status.online()).toBe(false);
    window.dispatchEvent(new Event("online"));
    expect(status.online()).toBe(true);
    off();
    expect(seen).toEqual([false, true]);
  });
});
