/*
 * PDQ perceptual hash computed on the person's own device, so that their photos never
 * leave it: only hashes and the quality score are sent to the server (PDQ with its
 * rotations and flips, PDQ of likely crops, and pHash: what the Matcher needs).
 *
 * Our own implementation of Meta's PDQ (ThreatExchange pdq/README and hashing
 * description), written to give the same bits as the Python `pdqhash` package the server
 * uses. Every float operation is rounded to 32 bits (Float32Array stores, Math.fround)
 * because the reference C++ works in `float`; with the same pixels the hashes are
 * identical bit for bit. See docs/browser-fingerprinting.md.
 *
 * Exposes `TakedownPDQ` on the global object (window or a worker).
 */
(function (root) {
  "use strict";

  const fround = Math.fround;

  // Marks strings for extraction by `makemessages -d djangojs` without translating them
  // here: they are translated when shown, once Django's JavaScript catalogue is loaded.
  function gettext_noop(text) {
    return text;
  }

  // Stable codes for what can go wrong; the web layer shows `messageFor(code)`.
  const messages = {
    decode_failed: gettext_noop(
      "This photo could not be opened on your device. It may be in a format your " +
        "browser cannot read, such as HEIC. You can still add it: it will be " +
        "fingerprinted on our server in memory and not kept.",
    ),
    not_an_image: gettext_noop("This file is not a photo. Choose a photo file."),
    empty_file: gettext_noop("This file is empty. Choose another photo."),
    browser_unsupported: gettext_noop(
      "Your browser cannot fingerprint photos on this device. You can still add " +
        "them: they will be fingerprinted on our server in memory and not kept.",
    ),
  };

  function messageFor(code) {
    const text = messages[code] || messages.decode_failed;
    return typeof root.gettext === "function" ? root.gettext(text) : text;
  }

  class DecodeError extends Error {
    constructor(code, cause) {
      super(messageFor(code));
      this.name = "DecodeError";
      this.code = code;
      if (cause !== undefined) {
        this.cause = cause;
      }
    }
  }

  // Luma weights of ITU-R BT.601, as pdqhash applies them (in double, then to float).
  const LUMA_R = 0.299;
  const LUMA_G = 0.587;
  const LUMA_B = 0.114;

  // PDQ: images smaller than this in either dimension hash to all zeros, quality 0.
  const MIN_HASHABLE_DIM = 5;
  // PDQ downsamples to 64x64 with two box-filter passes per axis (a tent filter).
  const DOWNSAMPLE_DIM = 64;
  const JAROSZ_PASSES = 2;
  const DCT_DIM = 16;

  // Photos above this many pixels are resized by the browser before hashing. Below it,
  // hashing runs at full resolution and gives pdqhash's bits exactly; any resize moves
  // PDQ's sampling grid and flips a few bits (measured: up to 6 of 256 at 2 MP, 4 at 4 MP;
  // docs/browser-fingerprinting.md). 4096 x 4096 is also the largest canvas Safari on
  // iOS allows, and keeps the float buffers (8 bytes a pixel) near 128 MiB.
  const MAX_HASH_PIXELS = 4096 * 4096;

  // Rows 1..16 of the 64-point DCT-II basis (row 0, the mean, is left out by PDQ),
  // stored as float like the reference.
  const DCT_MATRIX = (function () {
    const scale = fround(Math.sqrt(2.0 / DOWNSAMPLE_DIM));
    const matrix = new Float32Array(DCT_DIM * DOWNSAMPLE_DIM);
    for (let i = 0; i < DCT_DIM; i++) {
      for (let j = 0; j < DOWNSAMPLE_DIM; j++) {
        matrix[i * DOWNSAMPLE_DIM + j] =
          scale * Math.cos((Math.PI / 2.0 / DOWNSAMPLE_DIM) * (i + 1) * (2 * j + 1));
      }
    }
    return matrix;
  })();

  // Names of the eight dihedral variants, in the order of pdqhash.compute_dihedral.
  const DIHEDRAL_TRANSFORMS = Object.freeze([
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flipX",
    "flipY",
    "flipPlus1",
    "flipMinus1",
  ]);

  function lumaFromImageData(imageData) {
    const { data, width, height } = imageData;
    const count = width * height;
    const luma = new Float32Array(count);
    for (let p = 0, q = 0; p < count; p++, q += 4) {
      luma[p] = data[q] * LUMA_R + data[q + 1] * LUMA_G + data[q + 2] * LUMA_B;
    }
    return luma;
  }

  // Integer division as the reference does it: round up to half of old/new.
  function jaroszWindowSize(oldDim, newDim) {
    return Math.floor((oldDim + 2 * newDim - 1) / (2 * newDim));
  }

  // One box-filter pass along each row, with the window shrinking at both edges.
  function boxAlongRows(input, output, rows, cols, window) {
    const half = Math.floor((window + 2) / 2);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      let sum = 0;
      let count = 0;
      let left = base;
      let right = base;
      let out = base;
      for (let i = 0; i < half - 1; i++) {
        sum = fround(sum + input[right++]);
        count++;
      }
      for (let i = 0; i < window - half + 1; i++) {
        sum = fround(sum + input[right++]);
        count++;
        output[out++] = sum / count;
      }
      for (let i = 0; i < cols - window; i++) {
        sum = fround(sum + input[right++]);
        sum = fround(sum - input[left++]);
        output[out++] = sum / count;
      }
      for (let i = 0; i < half - 1; i++) {
        sum = fround(sum - input[left++]);
        count--;
        output[out++] = sum / count;
      }
    }
  }

  // The same pass along columns, run for all columns at once row by row so memory is
  // read in order; each column's running sum is a float, exactly as the reference.
  function boxAlongCols(input, output, rows, cols, window) {
    const half = Math.floor((window + 2) / 2);
    const sums = new Float32Array(cols);
    let right = 0;
    let left = 0;
    let out = 0;
    let count = 0;
    const addRow = function () {
      for (let c = 0; c < cols; c++) {
        sums[c] += input[right + c];
      }
      right += cols;
    };
    const subtractRow = function () {
      for (let c = 0; c < cols; c++) {
        sums[c] -= input[left + c];
      }
      left += cols;
    };
    const writeRow = function () {
      for (let c = 0; c < cols; c++) {
        output[out + c] = sums[c] / count;
      }
      out += cols;
    };
    for (let i = 0; i < half - 1; i++) {
      addRow();
      count++;
    }
    for (let i = 0; i < window - half + 1; i++) {
      addRow();
      count++;
      writeRow();
    }
    for (let i = 0; i < rows - window; i++) {
      addRow();
      subtractRow();
      writeRow();
    }
    for (let i = 0; i < half - 1; i++) {
      subtractRow();
      count--;
      writeRow();
    }
  }

  // Indexes of the pixels nearest the 64 target centres along a dimension.
  function sampleIndexes(size) {
    const indexes = new Int32Array(DOWNSAMPLE_DIM);
    for (let i = 0; i < DOWNSAMPLE_DIM; i++) {
      indexes[i] = Math.floor(((i + 0.5) * size) / DOWNSAMPLE_DIM);
    }
    return indexes;
  }

  // Blur (tent filter) and take the pixel nearest each of the 64x64 target centres. The
  // last pass only filters the 64 columns that are sampled: each column's running sum is
  // the same as in a full pass, so the result is too, at a fraction of the work.
  function downsampleTo64(luma, rows, cols) {
    const windowAlongRows = jaroszWindowSize(cols, DOWNSAMPLE_DIM);
    const windowAlongCols = jaroszWindowSize(rows, DOWNSAMPLE_DIM);
    const sampledRows = sampleIndexes(rows);
    const sampledCols = sampleIndexes(cols);
    const scratch = new Float32Array(luma.length);
    for (let pass = 0; pass < JAROSZ_PASSES - 1; pass++) {
      boxAlongRows(luma, scratch, rows, cols, windowAlongRows);
      boxAlongCols(scratch, luma, rows, cols, windowAlongCols);
    }
    const row = new Float32Array(cols);
    const narrow = new Float32Array(rows * DOWNSAMPLE_DIM);
    for (let r = 0; r < rows; r++) {
      boxAlongRows(luma.subarray(r * cols, (r + 1) * cols), row, 1, cols, windowAlongRows);
      for (let j = 0; j < DOWNSAMPLE_DIM; j++) {
        narrow[r * DOWNSAMPLE_DIM + j] = row[sampledCols[j]];
      }
    }
    const filtered = new Float32Array(rows * DOWNSAMPLE_DIM);
    boxAlongCols(narrow, filtered, rows, DOWNSAMPLE_DIM, windowAlongCols);
    const out = new Float32Array(DOWNSAMPLE_DIM * DOWNSAMPLE_DIM);
    for (let i = 0; i < DOWNSAMPLE_DIM; i++) {
      out.set(
        filtered.subarray(sampledRows[i] * DOWNSAMPLE_DIM, (sampledRows[i] + 1) * DOWNSAMPLE_DIM),
        i * DOWNSAMPLE_DIM,
      );
    }
    return out;
  }

  // PDQ's heuristic: count significant gradients between neighbouring downsampled pixels
  // (differences quantised to percent of full scale), scaled so 100 means plenty of detail.
  function qualityOf(buffer64) {
    const n = DOWNSAMPLE_DIM;
    let gradientSum = 0;
    for (let i = 0; i < n - 1; i++) {
      for (let j = 0; j < n; j++) {
        const d = fround(fround(fround(buffer64[i * n + j] - buffer64[(i + 1) * n + j]) * 100) / 255);
        gradientSum += Math.abs(Math.trunc(d));
      }
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n - 1; j++) {
        const d = fround(fround(fround(buffer64[i * n + j] - buffer64[i * n + j + 1]) * 100) / 255);
        gradientSum += Math.abs(Math.trunc(d));
      }
    }
    return Math.min(100, Math.floor(gradientSum / 90));
  }

  // B = D A D^T, keeping only the 16x16 low frequencies; sums in float, in the
  // reference's order, so that the bits match exactly.
  function dct64To16(buffer64) {
    const n = DOWNSAMPLE_DIM;
    const t = new Float32Array(DCT_DIM * n);
    for (let i = 0; i < DCT_DIM; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let k = 0; k < n; k++) {
          sum = fround(sum + fround(DCT_MATRIX[i * n + k] * buffer64[k * n + j]));
        }
        t[i * n + j] = sum;
      }
    }
    const b = new Float32Array(DCT_DIM * DCT_DIM);
    for (let i = 0; i < DCT_DIM; i++) {
      for (let j = 0; j < DCT_DIM; j++) {
        let sum = 0;
        for (let k = 0; k < n; k++) {
          sum = fround(sum + fround(t[i * n + k] * DCT_MATRIX[j * n + k]));
        }
        b[i * DCT_DIM + j] = sum;
      }
    }
    return b;
  }

  // Bit i*16+j is set when coefficient (i, j) is above the median (the 128th smallest of
  // 256, as Torben's method in the reference returns). Bit k has weight 2^k, and the hex
  // is that 256-bit number written big-endian: the first digit's top bit is bit 255.
  function bitsToHex(dct16) {
    const median = Float32Array.from(dct16).sort()[127];
    const nibbles = new Array(64);
    for (let c = 0; c < 64; c++) {
      let nibble = 0;
      for (let t = 0; t < 4; t++) {
        const bit = 255 - 4 * c - t;
        nibble = (nibble << 1) | (dct16[bit] > median ? 1 : 0);
      }
      nibbles[c] = nibble.toString(16);
    }
    return nibbles.join("");
  }

  const ZERO_HASH = "0".repeat(64);

  function checkImageData(imageData) {
    if (
      !imageData ||
      !Number.isInteger(imageData.width) ||
      !Number.isInteger(imageData.height) ||
      !imageData.data ||
      imageData.data.length !== imageData.width * imageData.height * 4
    ) {
      throw new TypeError("expected an ImageData (RGBA, width * height * 4 bytes)");
    }
  }

  // Returns the 16x16 DCT and quality, or null for an image too small to hash.
  function dctAndQuality(imageData) {
    checkImageData(imageData);
    const { width, height } = imageData;
    if (width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM) {
      return null;
    }
    const buffer64 = downsampleTo64(lumaFromImageData(imageData), height, width);
    return { dct: dct64To16(buffer64), quality: qualityOf(buffer64) };
  }

  function hashImageData(imageData) {
    const result = dctAndQuality(imageData);
    if (result === null) {
      return { hash: ZERO_HASH, quality: 0 };
    }
    return { hash: bitsToHex(result.dct), quality: result.quality };
  }

  // The DCT of a rotated or flipped image is the original's, transposed and/or with the
  // sign of odd rows or columns flipped, so all eight come from one DCT.
  function dihedralVariant(a, transform) {
    const b = new Float32Array(DCT_DIM * DCT_DIM);
    for (let i = 0; i < DCT_DIM; i++) {
      for (let j = 0; j < DCT_DIM; j++) {
        const v = a[i * DCT_DIM + j];
        const iOdd = (i & 1) === 1;
        const jOdd = (j & 1) === 1;
        const sumOdd = ((i + j) & 1) === 1;
        switch (transform) {
          case "original":
            b[i * DCT_DIM + j] = v;
            break;
          case "rotate90":
            b[j * DCT_DIM + i] = jOdd ? v : -v;
            break;
          case "rotate180":
            b[i * DCT_DIM + j] = sumOdd ? -v : v;
            break;
          case "rotate270":
            b[j * DCT_DIM + i] = iOdd ? v : -v;
            break;
          case "flipX":
            b[i * DCT_DIM + j] = iOdd ? v : -v;
            break;
          case "flipY":
            b[i * DCT_DIM + j] = jOdd ? v : -v;
            break;
          case "flipPlus1":
            b[j * DCT_DIM + i] = v;
            break;
          case "flipMinus1":
            b[j * DCT_DIM + i] = sumOdd ? -v : v;
            break;
          default:
            throw new RangeError("unknown dihedral transform " + transform);
        }
      }
    }
    return b;
  }

  // Returns {hashes: [8 hex strings in DIHEDRAL_TRANSFORMS order], quality}.
  function hashDihedral(imageData) {
    const result = dctAndQuality(imageData);
    if (result === null) {
      return { hashes: DIHEDRAL_TRANSFORMS.map(() => ZERO_HASH), quality: 0 };
    }
    return {
      hashes: DIHEDRAL_TRANSFORMS.map((name) => bitsToHex(dihedralVariant(result.dct, name))),
      quality: result.quality,
    };
  }

  // The crops a site is likely to make of a photo, as the server lists them
  // (takedown/hashing/variants.py: EVEN_TRIMS, ASPECTS), hashed like the server hashes
  // them: on a copy whose longest side is WORKING_SIZE, area-resampled as Pillow's BOX
  // filter does. A re-upload cropped to a square or 9:16 is then found by its PDQ.
  const WORKING_SIZE = 384;
  const EVEN_TRIMS = [0.05, 0.1, 0.15, 0.2];
  const ASPECTS = [1.0, 9 / 16, 4 / 5, 16 / 9, 5 / 4];
  // Meta's threshold: a crop with less quality than this says too little to match on.
  const PDQ_MIN_QUALITY = 50;
  const MIN_CROP_SIDE = 16;
  // Pillow's fixed-point resampling: coefficients scaled by 2^22, rounded at the end.
  const PRECISION = 1 << 22;

  // Pillow's resampling filters: support (in source pixels at scale 1) and weight.
  const BOX = { support: 0.5, weight: (x) => (x > -0.5 && x <= 0.5 ? 1 : 0) };
  function sinc(x) {
    if (x === 0) return 1;
    return Math.sin(Math.PI * x) / (Math.PI * x);
  }
  const LANCZOS = { support: 3, weight: (x) => (x > -3 && x < 3 ? sinc(x) * sinc(x / 3) : 0) };

  // Pillow's coefficients (Resample.c, precompute_coeffs and normalize_coeffs_8bpc) for
  // resampling inSize pixels to outSize: for each output pixel, the first source pixel
  // and the fixed-point weights of it and the ones after it.
  function coefficients(inSize, outSize, filter) {
    const scale = inSize / outSize;
    const filterScale = Math.max(scale, 1);
    const support = filter.support * filterScale;
    const spans = [];
    for (let x = 0; x < outSize; x++) {
      const center = (x + 0.5) * scale;
      const first = Math.max(0, Math.trunc(center - support + 0.5));
      const last = Math.min(inSize, Math.trunc(center + support + 0.5));
      const weights = [];
      let total = 0;
      for (let i = first; i < last; i++) {
        const w = filter.weight((i - center + 0.5) / filterScale);
        weights.push(w);
        total += w;
      }
      spans.push({
        first,
        weights: weights.map((w) => {
          const scaled = (total === 0 ? w : w / total) * PRECISION;
          return scaled < 0 ? Math.trunc(-0.5 + scaled) : Math.trunc(0.5 + scaled);
        }),
      });
    }
    return spans;
  }

  function clip8(sum) {
    const value = Math.floor(sum / PRECISION);
    return value < 0 ? 0 : value > 255 ? 255 : value;
  }

  // Resample interleaved 8-bit pixels (`channels` per pixel) as Pillow's Image.resize
  // does: along rows first, then columns, each pass rounded to 8 bits. Only the first
  // `used` channels are computed (hashing never reads alpha; it is left at 0).
  function resample(data, width, height, channels, outWidth, outHeight, filter, used) {
    const computed = used || channels;
    const across = coefficients(width, outWidth, filter);
    const rows = new Uint8ClampedArray(outWidth * height * channels);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < outWidth; x++) {
        const { first, weights } = across[x];
        for (let c = 0; c < computed; c++) {
          let sum = PRECISION / 2;
          for (let k = 0; k < weights.length; k++) {
            sum += data[(y * width + first + k) * channels + c] * weights[k];
          }
          rows[(y * outWidth + x) * channels + c] = clip8(sum);
        }
      }
    }
    const down = coefficients(height, outHeight, filter);
    const stride = outWidth * channels;
    const out = new Uint8ClampedArray(stride * outHeight);
    for (let y = 0; y < outHeight; y++) {
      const { first, weights } = down[y];
      for (let x = 0; x < stride; x++) {
        if (x % channels >= computed) continue;
        let sum = PRECISION / 2;
        for (let k = 0; k < weights.length; k++) {
          sum += rows[(first + k) * stride + x] * weights[k];
        }
        out[y * stride + x] = clip8(sum);
      }
    }
    return out;
  }

  // Area-resample RGBA pixels so the longest side is at most `longest`, as the server's
  // perceptual.shrink does (Pillow, BOX).
  function shrinkImageData(imageData, longest) {
    checkImageData(imageData);
    const { data, width, height } = imageData;
    const scale = longest / Math.max(width, height);
    if (scale >= 1) {
      return imageData;
    }
    const outWidth = Math.max(1, roundHalfEven(width * scale));
    const outHeight = Math.max(1, roundHalfEven(height * scale));
    return {
      data: resample(data, width, height, 4, outWidth, outHeight, BOX, 3),
      width: outWidth,
      height: outHeight,
    };
  }

  // Python's round(): halves go to the even neighbour.
  function roundHalfEven(value) {
    const floor = Math.floor(value);
    const fraction = value - floor;
    if (fraction !== 0.5) {
      return Math.round(value);
    }
    return floor % 2 === 0 ? floor : floor + 1;
  }

  function roundTo3(value) {
    return Math.round(value * 1000) / 1000;
  }

  // The centred box of the given width/height ratio, as large as fits; none if the
  // photo is already within 5 % of it.
  function aspectBox(width, height, aspect) {
    if (width / height > aspect) {
      const fraction = (aspect * height) / width;
      if (fraction > 0.95) return null;
      const x0 = roundTo3((1 - fraction) / 2);
      return [x0, 0.0, roundTo3(x0 + fraction), 1.0];
    }
    const fraction = width / aspect / height;
    if (fraction > 0.95) return null;
    const y0 = roundTo3((1 - fraction) / 2);
    return [0.0, y0, 1.0, roundTo3(y0 + fraction)];
  }

  function cut(imageData, box) {
    const { data, width, height } = imageData;
    const x0 = roundHalfEven(box[0] * width);
    const y0 = roundHalfEven(box[1] * height);
    const x1 = roundHalfEven(box[2] * width);
    const y1 = roundHalfEven(box[3] * height);
    const out = new Uint8ClampedArray((x1 - x0) * (y1 - y0) * 4);
    for (let y = y0; y < y1; y++) {
      out.set(data.subarray((y * width + x0) * 4, (y * width + x1) * 4), (y - y0) * (x1 - x0) * 4);
    }
    return { data: out, width: x1 - x0, height: y1 - y0 };
  }

  // PDQ of each informative crop, in the server's order (variants.reported_variants).
  function hashCrops(imageData) {
    const work = shrinkImageData(imageData, WORKING_SIZE);
    const boxes = EVEN_TRIMS.map((t) => [t, t, 1 - t, 1 - t]);
    for (const aspect of ASPECTS) {
      const box = aspectBox(work.width, work.height, aspect);
      if (box) boxes.push(box);
    }
    const crops = [];
    for (const box of boxes) {
      const region = cut(work, box);
      if (Math.min(region.width, region.height) < MIN_CROP_SIDE) continue;
      const hashed = hashImageData(region);
      if (hashed.quality >= PDQ_MIN_QUALITY) crops.push(hashed.hash);
    }
    return crops;
  }

  // pHash as the server computes it (imagehash.phash of the WORKING_SIZE copy, for each
  // of PDQ's eight rotations and flips: perceptual.phash_dihedral): grey as Pillow
  // converts to "L", Lanczos to 32 x 32, a 2-D DCT-II, and the 8 x 8 lowest frequencies
  // against their median. The Matcher needs it for photos with little detail, which it
  // never matches on PDQ alone, and for a PDQ moved by a watermark.
  const PHASH_SIZE = 32;
  const PHASH_BITS = 8;

  function greyOf(imageData) {
    const { data, width, height } = imageData;
    const grey = new Uint8ClampedArray(width * height);
    for (let p = 0, q = 0; p < grey.length; p++, q += 4) {
      // Pillow's integer BT.601 weights, rounded.
      grey[p] = (data[q] * 19595 + data[q + 1] * 38470 + data[q + 2] * 7471 + 0x8000) >> 16;
    }
    return grey;
  }

  // A rotation or flip of a width x height grid, indexed as numpy's views are in
  // perceptual._TRANSFORMS: pixel (i, j) of the result is `source(i, j)` of the grid.
  function transformed(grey, width, height, name) {
    const turned = ["rotate90", "rotate270", "flipPlus1", "flipMinus1"].includes(name);
    const outWidth = turned ? height : width;
    const outHeight = turned ? width : height;
    const source = {
      original: (i, j) => i * width + j,
      rotate90: (i, j) => j * width + (width - 1 - i),
      rotate180: (i, j) => (height - 1 - i) * width + (width - 1 - j),
      rotate270: (i, j) => (height - 1 - j) * width + i,
      flipX: (i, j) => (height - 1 - i) * width + j,
      flipY: (i, j) => i * width + (width - 1 - j),
      flipPlus1: (i, j) => j * width + i,
      flipMinus1: (i, j) => (height - 1 - j) * width + (width - 1 - i),
    }[name];
    const out = new Uint8ClampedArray(outWidth * outHeight);
    for (let i = 0; i < outHeight; i++) {
      for (let j = 0; j < outWidth; j++) {
        out[i * outWidth + j] = grey[source(i, j)];
      }
    }
    return { grey: out, width: outWidth, height: outHeight };
  }

  // scipy.fftpack.dct (type II, unnormalised) along columns then rows, keeping the
  // PHASH_BITS lowest frequencies of each.
  const PHASH_COSINES = (function () {
    const table = new Float64Array(PHASH_BITS * PHASH_SIZE);
    for (let k = 0; k < PHASH_BITS; k++) {
      for (let n = 0; n < PHASH_SIZE; n++) {
        table[k * PHASH_SIZE + n] = 2 * Math.cos((Math.PI * k * (2 * n + 1)) / (2 * PHASH_SIZE));
      }
    }
    return table;
  })();

  function phashOf(grey, width, height) {
    const small = resample(grey, width, height, 1, PHASH_SIZE, PHASH_SIZE, LANCZOS);
    const columns = new Float64Array(PHASH_BITS * PHASH_SIZE);
    for (let k = 0; k < PHASH_BITS; k++) {
      for (let x = 0; x < PHASH_SIZE; x++) {
        let sum = 0;
        for (let y = 0; y < PHASH_SIZE; y++) {
          sum += small[y * PHASH_SIZE + x] * PHASH_COSINES[k * PHASH_SIZE + y];
        }
        columns[k * PHASH_SIZE + x] = sum;
      }
    }
    const low = new Float64Array(PHASH_BITS * PHASH_BITS);
    for (let k = 0; k < PHASH_BITS; k++) {
      for (let l = 0; l < PHASH_BITS; l++) {
        let sum = 0;
        for (let x = 0; x < PHASH_SIZE; x++) {
          sum += columns[k * PHASH_SIZE + x] * PHASH_COSINES[l * PHASH_SIZE + x];
        }
        low[k * PHASH_BITS + l] = sum;
      }
    }
    const sorted = Float64Array.from(low).sort();
    const median = (sorted[low.length / 2 - 1] + sorted[low.length / 2]) / 2;
    let hex = "";
    for (let nibble = 0; nibble < low.length; nibble += 4) {
      let value = 0;
      for (let b = 0; b < 4; b++) {
        value = (value << 1) | (low[nibble + b] > median ? 1 : 0);
      }
      hex += value.toString(16);
    }
    return hex;
  }

  // pHash of each rotation and flip, in DIHEDRAL_TRANSFORMS order; the first is the pHash.
  function phashDihedral(imageData) {
    const work = shrinkImageData(imageData, WORKING_SIZE);
    const grey = greyOf(work);
    return DIHEDRAL_TRANSFORMS.map((name) => {
      const turned = transformed(grey, work.width, work.height, name);
      return phashOf(turned.grey, turned.width, turned.height);
    });
  }

  function newCanvas(width, height) {
    if (typeof OffscreenCanvas === "function") {
      return new OffscreenCanvas(width, height);
    }
    const canvas = root.document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    return canvas;
  }

  // Size to resize to so the pixel count stays within maxPixels, keeping the aspect ratio.
  function fittedSize(width, height, maxPixels) {
    if (width * height <= maxPixels) {
      return { width, height, resized: false };
    }
    const scale = Math.sqrt(maxPixels / (width * height));
    return {
      width: Math.max(1, Math.floor(width * scale)),
      height: Math.max(1, Math.floor(height * scale)),
      resized: true,
    };
  }

  // Decodes a File or Blob on the device into RGBA pixels, upright as the camera meant
  // (EXIF orientation applied), without colour-profile conversion, because the server's
  // Pillow decode does none either. Resolves to {imageData, width, height}, the last two
  // being the photo's own upright size; rejects with a DecodeError carrying a message code.
  async function decodeBlob(blob, options) {
    const maxPixels = (options && options.maxPixels) || MAX_HASH_PIXELS;
    if (typeof root.createImageBitmap !== "function") {
      throw new DecodeError("browser_unsupported");
    }
    if (!blob || typeof blob.size !== "number") {
      throw new TypeError("expected a File or Blob");
    }
    if (blob.size === 0) {
      throw new DecodeError("empty_file");
    }
    if (blob.type && !blob.type.startsWith("image/")) {
      throw new DecodeError("not_an_image");
    }
    let bitmap;
    try {
      bitmap = await root.createImageBitmap(blob, {
        imageOrientation: "from-image",
        colorSpaceConversion: "none",
        premultiplyAlpha: "none",
      });
    } catch (error) {
      throw new DecodeError("decode_failed", error);
    }
    const width = bitmap.width;
    const height = bitmap.height;
    try {
      const size = fittedSize(width, height, maxPixels);
      if (size.resized) {
        const full = bitmap;
        try {
          bitmap = await root.createImageBitmap(full, {
            resizeWidth: size.width,
            resizeHeight: size.height,
            resizeQuality: "high",
          });
        } finally {
          full.close();
        }
      }
      const canvas = newCanvas(size.width, size.height);
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) {
        throw new DecodeError("browser_unsupported");
      }
      context.drawImage(bitmap, 0, 0);
      return { imageData: context.getImageData(0, 0, size.width, size.height), width, height };
    } catch (error) {
      if (error instanceof DecodeError) {
        throw error;
      }
      throw new DecodeError("decode_failed", error);
    } finally {
      bitmap.close();
    }
  }

  // The ImageData to give hashImageData or hashDihedral (resized if over maxPixels).
  async function imageDataFromBlob(blob, options) {
    return (await decodeBlob(blob, options)).imageData;
  }

  // Decode and hash in one step. Resolves to {hash, quality, hashes (the eight dihedral
  // variants), crops (PDQ of the likely crops), phashes (pHash of the eight), width,
  // height (the photo's upright size), hashedWidth, hashedHeight}.
  async function hashBlob(blob, options) {
    const decoded = await decodeBlob(blob, options);
    const dihedral = hashDihedral(decoded.imageData);
    // Crops and pHash both start from the same small copy; given it, they use it as is.
    const work = shrinkImageData(decoded.imageData, WORKING_SIZE);
    return {
      hash: dihedral.hashes[0],
      quality: dihedral.quality,
      hashes: dihedral.hashes,
      crops: hashCrops(work),
      phashes: phashDihedral(work),
      width: decoded.width,
      height: decoded.height,
      hashedWidth: decoded.imageData.width,
      hashedHeight: decoded.imageData.height,
    };
  }

  root.TakedownPDQ = Object.freeze({
    hashImageData,
    hashDihedral,
    hashCrops,
    phashDihedral,
    shrinkImageData,
    imageDataFromBlob,
    hashBlob,
    messageFor,
    messages,
    DecodeError,
    DIHEDRAL_TRANSFORMS,
    MAX_HASH_PIXELS,
  });
})(typeof globalThis !== "undefined" ? globalThis : self);
