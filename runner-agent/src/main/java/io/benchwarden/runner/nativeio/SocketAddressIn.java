package io.benchwarden.runner.nativeio;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import com.sun.jna.Memory;

/** A {@code struct sockaddr_in} built once in native memory: family, port and address in network byte order. */
public final class SocketAddressIn extends Memory {

    public static final int SIZE = 16;

    private final String host;
    private final int port;

    public SocketAddressIn(String host, int port) {
        super(SIZE);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        byte[] address = ipv4(host);
        clear();
        setShort(0, (short) LibC.AF_INET);
        setByte(2, (byte) (port >>> 8));
        setByte(3, (byte) port);
        write(4, address, 0, 4);
        this.host = host;
        this.port = port;
    }

    public String describe() {
        return host + ":" + port;
    }

    private static byte[] ipv4(String host) {
        try {
            InetAddress resolved = InetAddress.getByName(host);
            if (!(resolved instanceof Inet4Address)) {
                throw new IllegalArgumentException("HOST must be an IPv4 address, got " + host);
            }
            return resolved.getAddress();
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException("HOST " + host + " does not resolve", e);
        }
    }
}
