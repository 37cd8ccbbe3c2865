/* Hashes one photo off the page's main thread, so the page stays responsive while a large
 * photo is fingerprinted on a phone. The page posts {id, file, pdq: URL of pdq.js} and
 * gets back {id, result} or {id, error: {code, message}}. */
/* global TakedownPDQ */
"use strict";

self.onmessage = function (event) {
  var data = event.data;
  try {
    if (!self.TakedownPDQ) {
      importScripts(data.pdq);
    }
  } catch (error) {
    self.postMessage({ id: data.id, error: { code: "browser_unsupported", message: String(error) } });
    return;
  }
  TakedownPDQ.hashBlob(data.file).then(function (result) {
    self.postMessage({ id: data.id, result: result });
  }, function (error) {
    self.postMessage({ id: data.id, error: { code: error && error.code, message: String(error && error.message) } });
  });
};
