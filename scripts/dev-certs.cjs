// Development https certificates for the dev server (npm start, webpack serve).
//
// 1. On Windows and macOS: office-addin-dev-certs (creates a CA, installs it as trusted, signs a localhost
//    certificate in ~/.office-addin-dev-certs). That is what desktop Excel needs.
// 2. When it fails (as root without sudo it writes the files but cannot install the CA, and its
//    getHttpsServerOptions() rejects), and always on Linux (no desktop Excel; installing the CA would need sudo
//    and could wait for a password): the files it generated, if present and still valid.
// 3. Otherwise a self-signed pair for localhost/127.0.0.1 from `selfsigned`, kept in .certs/ and reused.
// Steps 2 and 3 print how to trust the certificate. Nothing here reads the keyboard.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");

const ROOT = path.resolve(__dirname, "..");

/** A certificate/key pair on disk that is still valid for at least a day and covers localhost, or null. */
function readPair(certFile, keyFile) {
  try {
    if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return null;
    const cert = fs.readFileSync(certFile);
    const key = fs.readFileSync(keyFile);
    const x509 = new crypto.X509Certificate(cert);
    if (new Date(x509.validTo).getTime() < Date.now() + 24 * 3600 * 1000) return null;
    if (!x509.checkHost("localhost")) return null;
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return null;
    return { cert, key };
  } catch {
    return null;
  }
}

async function generateSelfSigned(dir) {
  const selfsigned = require("selfsigned");
  const notBeforeDate = new Date(Date.now() - 60 * 1000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "localhost.crt"), pems.cert);
  fs.writeFileSync(path.join(dir, "localhost.key"), pems.private, { mode: 0o600 });
  return { cert: Buffer.from(pems.cert), key: Buffer.from(pems.private) };
}

function trustHint(certFile, platform) {
  switch (platform) {
    case "win32":
      return `信任它（trust it）：certutil -user -addstore Root "${certFile}"`;
    case "darwin":
      return `信任它（trust it）：security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${certFile}"`;
    default:
      return (
        `信任它（trust it）：Chromium/Edge 用 certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n addin-dev -i "${certFile}"；` +
        `系统范围 sudo cp "${certFile}" /usr/local/share/ca-certificates/addin-dev.crt && sudo update-ca-certificates；` +
        "或在浏览器中打开 https://localhost:3000/taskpane.html 一次并接受警告"
      );
  }
}

/**
 * https options { key, cert, ca?, source } for the dev server. Every dependency can be replaced (tests):
 *   platform      process.platform
 *   devCerts      the office-addin-dev-certs module (loaded only when used)
 *   devCertsDir   where office-addin-dev-certs writes (~/.office-addin-dev-certs)
 *   fallbackDir   where the self-signed pair is kept (.certs/ in the repository)
 *   log           (line) => void
 */
async function getHttpsOptions(options = {}) {
  const platform = options.platform || process.platform;
  const devCertsDir = options.devCertsDir || path.join(os.homedir(), ".office-addin-dev-certs");
  const fallbackDir = options.fallbackDir || path.join(ROOT, ".certs");
  const log = options.log || ((line) => console.log(line));

  if (platform === "win32" || platform === "darwin") {
    try {
      const devCerts = options.devCerts || require("office-addin-dev-certs");
      const o = await devCerts.getHttpsServerOptions();
      return { key: o.key, cert: o.cert, ca: o.ca, source: "office-addin-dev-certs" };
    } catch (e) {
      const reason = String((e && e.message) || e).split("\n")[0];
      log(`office-addin-dev-certs 未能安装受信任的证书（could not install a trusted CA）：${reason}`);
    }
  }

  const generated = readPair(path.join(devCertsDir, "localhost.crt"), path.join(devCertsDir, "localhost.key"));
  if (generated) {
    const caFile = path.join(devCertsDir, "ca.crt");
    const ca = fs.existsSync(caFile) ? fs.readFileSync(caFile) : undefined;
    log(`使用 office-addin-dev-certs 生成的证书 ${path.join(devCertsDir, "localhost.crt")}（CA 未必受信任）。`);
    log(trustHint(ca ? caFile : path.join(devCertsDir, "localhost.crt"), platform));
    return { key: generated.key, cert: generated.cert, ca, source: "dev-certs-files" };
  }

  const certFile = path.join(fallbackDir, "localhost.crt");
  const kept = readPair(certFile, path.join(fallbackDir, "localhost.key"));
  const pair = kept || (await generateSelfSigned(fallbackDir));
  log(`使用自签名证书 ${certFile}（self-signed; browsers and Excel will not trust it until you do）。`);
  log(trustHint(certFile, platform));
  return { key: pair.key, cert: pair.cert, source: kept ? "selfsigned-kept" : "selfsigned-new" };
}

module.exports = { getHttpsOptions, readPair };
