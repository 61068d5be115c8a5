// Progressive enhancements of the stock forms; each form works without them.
// 1. Where the browser can read barcodes (BarcodeDetector) and has a camera, "Scan" fills the product field with what
//    the camera reads (a GS1 Digital Link QR stamp, an EAN-13 barcode) and adds it.
// 2. A print button on receipts.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return;
  }
  document.querySelectorAll('button[data-scan]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-scan'));
    var video = button.closest(".finder").querySelector('video.scanner');
    var add = document.getElementById('add');
    if (!field || !video || !add) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var detector = new window.BarcodeDetector({ formats: ['qr_code', 'ean_13', 'ean_8', 'upc_a', 'code_128', 'data_matrix'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        var stop = function () { stream.getTracks().forEach(function (t) { t.stop(); }); video.hidden = true; };
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stop();
              field.value = codes[0].rawValue;
              add.click();
            } else {
              window.requestAnimationFrame(look);
            }
          }).catch(stop);
        };
        look();
      }).catch(function () { button.hidden = true; });
    });
  });
}());
