// What a page on another origin tries against newsgraph's listeners from a reader's browser.
// Every attempt is recorded as text; the test decides. Bolt is spoken over WebSocket by hand
// (handshake, HELLO/LOGON, RUN, PULL) so nothing but the browser's own APIs is used.
window.evil = {
  async fetchOutcome(url, init) {
    try {
      const r = await fetch(url, init);
      let body = '';
      try { body = await r.text(); } catch (e) { body = '(unreadable)'; }
      return 'answered ' + r.status + ' ' + r.type + ' ' + body.slice(0, 200);
    } catch (e) {
      return 'refused ' + e.name;
    }
  },

  async bolt(url, query, auth) {
    const log = [];
    let buf = new Uint8Array(0), notify = null, closed = false;
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    ws.onmessage = e => {
      const d = new Uint8Array(e.data), b = new Uint8Array(buf.length + d.length);
      b.set(buf); b.set(d, buf.length); buf = b;
      if (notify) notify();
    };
    ws.onclose = () => { closed = true; if (notify) notify(); };
    try {
      await new Promise((res, rej) => { ws.onopen = res; ws.onerror = () => rej(new Error('websocket error')); });
    } catch (e) {
      return ['no connection: ' + e.message];
    }
    const read = async n => {
      while (buf.length < n) {
        if (closed) throw new Error('closed by the server');
        await new Promise(r => notify = r);
        notify = null;
      }
      const out = buf.slice(0, n); buf = buf.slice(n); return out;
    };
    const message = async () => {
      const data = [];
      for (;;) {
        const h = await read(2), len = (h[0] << 8) | h[1];
        if (len === 0) { if (data.length) return data; continue; }
        data.push(...await read(len));
      }
    };
    const send = bytes => {
      const out = [];
      for (let i = 0; i < bytes.length; i += 65535) {
        const c = bytes.slice(i, i + 65535);
        out.push(c.length >> 8, c.length & 255, ...c);
      }
      out.push(0, 0);
      ws.send(new Uint8Array(out));
    };
    const str = s => {
      const b = [...new TextEncoder().encode(s)];
      if (b.length < 16) return [0x80 + b.length, ...b];
      if (b.length < 256) return [0xD0, b.length, ...b];
      return [0xD1, b.length >> 8, b.length & 255, ...b];
    };
    const map = o => {
      const keys = Object.keys(o), out = [0xA0 + keys.length];
      for (const k of keys) {
        const v = o[k];
        out.push(...str(k));
        if (typeof v === 'string') out.push(...str(v));
        else if (typeof v === 'number') out.push(v & 255);
        else out.push(...map(v));
      }
      return out;
    };
    const names = {0x70: 'SUCCESS', 0x7F: 'FAILURE', 0x7E: 'IGNORED', 0x71: 'RECORD'};
    const sig = m => names[m[1]] || ('0x' + m[1].toString(16));
    try {
      ws.send(new Uint8Array([0x60, 0x60, 0xB0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
      const v = await read(4);
      log.push('version ' + v[3] + '.' + v[2]);
      const credentials = auth ? {scheme: 'basic', principal: auth[0], credentials: auth[1]} : {scheme: 'none'};
      if (v[3] === 5 && v[2] >= 1) {
        send([0xB1, 0x01, ...map({user_agent: 'evil/1.0', bolt_agent: {product: 'evil/1.0'}})]);
        log.push('HELLO ' + sig(await message()));
        send([0xB1, 0x6A, ...map(credentials)]);
        log.push('LOGON ' + sig(await message()));
      } else {
        send([0xB1, 0x01, ...map({user_agent: 'evil/1.0', ...credentials})]);
        log.push('HELLO ' + sig(await message()));
      }
      send([0xB3, 0x10, ...str(query), 0xA0, 0xA0]);
      log.push('RUN ' + sig(await message()));
      send([0xB1, 0x3F, ...map({n: -1})]);
      for (;;) {
        const s = sig(await message());
        if (s !== 'RECORD') { log.push('PULL ' + s); break; }
      }
    } catch (e) {
      log.push(e.message);
    } finally {
      ws.close();
    }
    return log;
  }
};
