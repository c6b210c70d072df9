package io.tresor.application.identity.internal;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders QR codes as PNG, for the TOTP enrolment page. Works headless: it touches only
 * image rasters and ImageIO, never a display, fonts or {@code Graphics2D}.
 */
public final class QrCodes {

    static final int MAX_SIZE = 2048;

    // M (15 % recovery) is what authenticator apps scan reliably from a screen; quiet zone of
    // four modules as the QR specification asks.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.MARGIN, 4);

    private static final int BLACK = 0;
    private static final int WHITE = 1;

    private QrCodes() {
    }

    /**
     * A square PNG of {@code size} pixels encoding the text.
     *
     * @throws IllegalArgumentException if the size is not positive, above {@value #MAX_SIZE},
     *                                  or too small to draw the code's modules
     */
    public static byte[] png(String text, int size) {
        Objects.requireNonNull(text, "text");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("QR size must be between 1 and " + MAX_SIZE);
        }
        BitMatrix matrix = encode(text, size);
        // zxing silently returns a larger matrix when the requested size cannot hold the
        // code; callers lay out pages with the size they asked for, so refuse instead.
        if (matrix.getWidth() != size || matrix.getHeight() != size) {
            throw new IllegalArgumentException(
                    "QR code needs at least " + matrix.getWidth() + " px for this text");
        }
        return writePng(render(matrix));
    }

    /** The PNG as a {@code data:} URI, for an {@code <img src>} without a separate request. */
    public static String dataUri(String text, int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
    }

    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            // Only happens when the text exceeds a QR code's capacity (about 2 kB at level M).
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
    }

    private static BufferedImage render(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        // TYPE_BYTE_BINARY's default palette maps sample 0 to black and 1 to white.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        return image;
    }

    private static byte[] writePng(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // An explicit memory cache: ImageIO's default may buffer through temporary files,
        // which an application server has no business creating for a small image.
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
