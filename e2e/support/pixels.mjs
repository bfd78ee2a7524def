// Compares two PNG screenshots pixel by pixel, in a blank page of the test browser (canvas does the
// decoding, so no image library is needed).

/** The share (0–1) of pixels whose colour differs by more than `threshold` in any channel. */
export async function pixelDifference(browser, pngA, pngB, threshold = 32) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ([a, b, threshold]) => {
        const pixels = async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [first, second] = [await pixels(a), await pixels(b)];
        if (first.width !== second.width || first.height !== second.height) return 1;
        let different = 0;
        for (let i = 0; i < first.data.length; i += 4) {
          for (let channel = 0; channel < 3; channel++) {
            if (Math.abs(first.data[i + channel] - second.data[i + channel]) > threshold) {
              different++;
              break;
            }
          }
        }
        return different / (first.width * first.height);
      },
      [pngA.toString('base64'), pngB.toString('base64'), threshold],
    );
  } finally {
    await context.close();
  }
}
