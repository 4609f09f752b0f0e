/**
 * npm start's pieces: the certificate fallback (office-addin-dev-certs → its generated files → a self-signed
 * pair) and the https dev server itself, started on a free port and fetched with certificate errors ignored.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";

const REPO = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getHttpsOptions } = require(path.join(REPO, "scripts", "dev-certs.cjs")) as {
  getHttpsOptions(o: object): Promise<{ key: Buffer; cert: Buffer; ca?: Buffer; source: string }>;
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "certs-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function rejectingDevCerts() {
  const calls: string[] = [];
  return {
    calls,
    getHttpsServerOptions: async () => {
      calls.push("getHttpsServerOptions");
      throw new Error("Unable to install the CA certificate. sudo: not found");
    },
  };
}

describe("certificate fallback", () => {
  test("uses office-addin-dev-certs when it succeeds (Windows, Mac)", async () => {
    const devCerts = { getHttpsServerOptions: async () => ({ key: Buffer.from("K"), cert: Buffer.from("C"), ca: Buffer.from("A") }) };
    const o = await getHttpsOptions({ platform: "darwin", devCerts, devCertsDir: path.join(tmp, "none"), fallbackDir: path.join(tmp, "none2"), log: () => {} });
    expect(o.source).toBe("office-addin-dev-certs");
    expect(o.cert.toString()).toBe("C");
  });

  test("when it rejects and wrote nothing: a self-signed pair for localhost, with a trust hint; reused next time", async () => {
    const devCerts = rejectingDevCerts();
    const lines: string[] = [];
    const fallbackDir = path.join(tmp, "fallback");
    const first = await getHttpsOptions({ platform: "win32", devCerts, devCertsDir: path.join(tmp, "empty"), fallbackDir, log: (l: string) => lines.push(l) });
    expect(devCerts.calls).toEqual(["getHttpsServerOptions"]);
    expect(first.source).toBe("selfsigned-new");
    const x509 = new crypto.X509Certificate(first.cert);
    expect(x509.checkHost("localhost")).toBe("localhost");
    expect(x509.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(x509.checkPrivateKey(crypto.createPrivateKey(first.key))).toBe(true);
    expect(lines.join("\n")).toContain("certutil");
    expect(fs.existsSync(path.join(fallbackDir, "localhost.crt"))).toBe(true);

    const second = await getHttpsOptions({ platform: "win32", devCerts, devCertsDir: path.join(tmp, "empty"), fallbackDir, log: () => {} });
    expect(second.source).toBe("selfsigned-kept");
    expect(second.cert.equals(first.cert)).toBe(true);
  });

  test("when it rejects after writing its files (root without sudo): those files are used", async () => {
    // Stand-in for what office-addin-dev-certs leaves in ~/.office-addin-dev-certs.
    const devCertsDir = path.join(tmp, "dev-certs-home");
    const made = await getHttpsOptions({ platform: "linux", devCertsDir: path.join(tmp, "empty"), fallbackDir: devCertsDir, log: () => {} });
    fs.writeFileSync(path.join(devCertsDir, "ca.crt"), made.cert);
    const lines: string[] = [];
    const devCerts = rejectingDevCerts();
    const o = await getHttpsOptions({ platform: "darwin", devCerts, devCertsDir, fallbackDir: path.join(tmp, "unused"), log: (l: string) => lines.push(l) });
    expect(devCerts.calls).toHaveLength(1);
    expect(o.source).toBe("dev-certs-files");
    expect(o.cert.equals(made.cert)).toBe(true);
    expect(lines.join("\n")).toContain(path.join(devCertsDir, "ca.crt"));
    expect(fs.existsSync(path.join(tmp, "unused"))).toBe(false);
  });

  test("on Linux office-addin-dev-certs is not asked (it would need sudo, which may wait for a password)", async () => {
    const devCerts = rejectingDevCerts();
    const o = await getHttpsOptions({ platform: "linux", devCerts, devCertsDir: path.join(tmp, "empty"), fallbackDir: path.join(tmp, "linux"), log: () => {} });
    expect(devCerts.calls).toEqual([]);
    expect(o.source).toBe("selfsigned-new");
  });

  test("an expired or unreadable pair is not used", async () => {
    const dir = path.join(tmp, "broken");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "localhost.crt"), "not a certificate");
    fs.writeFileSync(path.join(dir, "localhost.key"), "not a key");
    const o = await getHttpsOptions({ platform: "linux", devCertsDir: dir, fallbackDir: path.join(tmp, "fresh"), log: () => {} });
    expect(o.source).toBe("selfsigned-new");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 120_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

function killTree(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5000);
    child.once("exit", () => {
      clearTimeout(t);
      resolve();
    });
    try {
      process.kill(-(child.pid as number), "SIGTERM");
    } catch {
      clearTimeout(t);
      resolve();
    }
  });
}

describe("npm start", () => {
  let child: ChildProcess | null = null;
  let output = "";
  afterAll(async () => {
    if (child) await killTree(child);
  });

  test("serves the pane over https on the port asked for, says what to do next, and reads no keyboard", async () => {
    const port = await freePort();
    // Its own process group, so the whole tree can be stopped; stdin closed: it must not wait for input.
    child = spawn(process.execPath, [path.join(REPO, "scripts", "start.cjs"), "--port", String(port), "--no-sideload"], {
      cwd: REPO,
      env: { ...process.env, PANE_ENTRY: path.join(__dirname, "fixtures", "tiny-entry.ts") },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("READY ")) {
          clearInterval(timer);
          resolve();
        }
      }, 200);
      child?.once("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`npm start exited (${code}):\n${output}`));
      });
    });
    await ready;
    const page = await get(`https://localhost:${port}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).toContain("office-js/office.js");
    const officeJs = await get(`https://localhost:${port}/office-js/office.js`);
    expect(officeJs.status).toBe(200);
    const icon = await get(`https://localhost:${port}/assets/icon-32.png`);
    expect(icon.status).toBe(200);
    // The certificate source is announced, and how to load the add-in without desktop Excel.
    expect(output).toMatch(/证书/);
    expect(output).toContain("上传我的加载项");
    expect(output).toContain(`https://localhost:${port}/taskpane.html`);
  }, 300_000);
});
