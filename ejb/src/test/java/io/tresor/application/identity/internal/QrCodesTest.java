package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URI = "otpauth://totp/Tresor:anna%40example.org"
            + "?secret=JBSWY3DPEHPK3PXP&issuer=Tresor&algorithm=SHA1&digits=6&period=30";

    @Test
    void pngDecodesAtTheRequestedSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI, 240)));

        assertEquals(240, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void pngScansBackToTheText() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI, 240)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0,
                image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertEquals(URI, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void dataUriCarriesThePng() {
        String uri = QrCodes.dataUri(URI, 200);

        assertTrue(uri.startsWith("data:image/png;base64,"));
        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertArrayEquals(QrCodes.png(URI, 200), png);
    }

    @Test
    void sizeTooSmallForTheContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URI, 40));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URI, 0));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URI, 5000));
    }
}
