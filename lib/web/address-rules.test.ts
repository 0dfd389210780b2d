import { describe, expect, it } from "vitest";
import { blockedAddressKind } from "./address-rules";

describe("IPv4 addresses", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
  ])("refuses %s as %s", (address, kind) => {
    expect(blockedAddressKind(address)).toBe(kind);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.215.14",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.255.255",
    "223.255.255.255",
  ])("lets the public address %s through", (address) => {
    expect(blockedAddressKind(address)).toBeNull();
  });
});

describe("IPv6 addresses", () => {
  it.each([
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "private"],
    ["fd12:3456:789a::1", "private"],
    ["fe80::1", "link-local"],
    ["febf::1", "link-local"],
    ["ff02::1", "multicast"],
    ["fd00:ec2::254", "metadata"],
    ["2001:db8::1", "reserved"],
    ["2001::1", "reserved"], // Teredo
    ["100::1", "reserved"], // discard-only, outside 2000::/3
    ["fec0::1", "reserved"], // old site-local, outside 2000::/3
  ])("refuses %s as %s", (address, kind) => {
    expect(blockedAddressKind(address)).toBe(kind);
  });

  it.each(["2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888"])(
    "lets the public address %s through",
    (address) => {
      expect(blockedAddressKind(address)).toBeNull();
    },
  );
});

describe("IPv6 addresses that carry an IPv4 address", () => {
  it.each([
    ["::ffff:127.0.0.1", "loopback"], // mapped, dotted
    ["::ffff:7f00:1", "loopback"], // mapped, hexadecimal
    ["0:0:0:0:0:ffff:a9fe:a9fe", "metadata"], // 169.254.169.254
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:0:192.168.0.1", "private"], // translated (SIIT)
    ["::10.0.0.1", "private"], // compatible (deprecated)
    ["64:ff9b::10.0.0.1", "private"], // NAT64
    ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b:1::a00:1", "private"], // local-use NAT64
    ["2002:7f00:1::", "loopback"], // 6to4 of 127.0.0.1
    ["2002:c0a8:101::1", "private"], // 6to4 of 192.168.1.1
    ["::ffff:100.64.0.1", "shared"],
  ])("refuses %s as %s, the IPv4 address inside it", (address, kind) => {
    expect(blockedAddressKind(address)).toBe(kind);
  });

  it("lets a carrier of a public IPv4 address through", () => {
    expect(blockedAddressKind("::ffff:8.8.8.8")).toBeNull();
    expect(blockedAddressKind("64:ff9b::808:808")).toBeNull();
    expect(blockedAddressKind("2002:808:808::1")).toBeNull();
  });
});

it("refuses text that is no address at all", () => {
  expect(blockedAddressKind("example.org")).toBe("reserved");
  expect(blockedAddressKind("")).toBe("reserved");
});
