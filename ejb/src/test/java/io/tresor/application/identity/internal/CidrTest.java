package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void ipv4BlocksMatchByPrefix() {
        Cidr block = Cidr.parse("10.1.0.0/16");
        assertTrue(block.contains("10.1.200.7"));
        assertFalse(block.contains("10.2.0.1"));
        assertTrue(Cidr.parse("192.168.5.9").contains("192.168.5.9"), "a single address is a /32");
        assertTrue(Cidr.parse("10.0.0.0/12").contains("10.15.255.255"));
        assertFalse(Cidr.parse("10.0.0.0/12").contains("10.16.0.0"));
    }

    @Test
    void ipv6BlocksMatchAndFamiliesDoNotMix() {
        Cidr block = Cidr.parse("2001:db8::/32");
        assertTrue(block.contains("2001:db8:1::5"));
        assertFalse(block.contains("2001:db9::1"));
        assertFalse(block.contains("10.0.0.1"));
    }

    @Test
    void namesAreNeverResolved() {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("localhost/8"));
        assertFalse(Cidr.parse("127.0.0.0/8").contains("localhost"));
    }

    @Test
    void emptyAllowListAllowsEveryAddress() {
        assertTrue(TokenServiceBean.addressAllowed(List.of(), "203.0.113.9"));
        assertFalse(TokenServiceBean.addressAllowed(List.of("10.0.0.0/8"), "127.0.0.1"));
        assertTrue(TokenServiceBean.addressAllowed(List.of("10.0.0.0/8", "127.0.0.1"), "127.0.0.1"));
    }
}
