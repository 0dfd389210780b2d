/**
 * Which IP addresses the desk refuses to fetch from: every address that
 * reaches into a network of its own rather than the public internet. Pure
 * (no DNS, no sockets), so the rules are tested on their own and the fetcher
 * applies them to every address a host resolves to, on every redirect.
 *
 * IPv6 addresses that carry an IPv4 address (mapped ::ffff:a.b.c.d, the old
 * compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the
 * IPv4 address inside them: a gateway would deliver them there. Anything
 * outside IPv6's global unicast block 2000::/3 is refused as not public.
 */
import ipaddr from "ipaddr.js";

export type BlockedAddressKind =
  | "loopback"
  | "private"
  | "link-local"
  | "metadata"
  | "multicast"
  | "unspecified"
  | "shared"
  | "reserved";

type Rule = { kind: BlockedAddressKind; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

const cidr = (range: string) => ipaddr.parseCIDR(range);

// Order matters: the first rule that matches names the refusal, so the cloud
// metadata addresses come before the link-local, private and shared blocks
// they sit in.
const ipv4Rules: Rule[] = [
  // AWS, GCP, Azure, OpenStack (169.254.169.254); Alibaba (100.100.100.200)
  { kind: "metadata", ranges: ["169.254.169.254/32", "100.100.100.200/32"].map(cidr) },
  { kind: "unspecified", ranges: ["0.0.0.0/8"].map(cidr) },
  { kind: "loopback", ranges: ["127.0.0.0/8"].map(cidr) },
  { kind: "private", ranges: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(cidr) },
  { kind: "link-local", ranges: ["169.254.0.0/16"].map(cidr) },
  { kind: "shared", ranges: ["100.64.0.0/10"].map(cidr) },
  { kind: "multicast", ranges: ["224.0.0.0/4"].map(cidr) },
  {
    kind: "reserved",
    ranges: [
      "192.0.0.0/24", // IETF protocol assignments
      "192.0.2.0/24", // documentation
      "198.18.0.0/15", // benchmarking
      "198.51.100.0/24", // documentation
      "203.0.113.0/24", // documentation
      "240.0.0.0/4", // reserved, and the broadcast address
    ].map(cidr),
  },
];

const ipv6Rules: Rule[] = [
  { kind: "metadata", ranges: ["fd00:ec2::254/128"].map(cidr) }, // AWS over IPv6
  { kind: "unspecified", ranges: ["::/128"].map(cidr) },
  { kind: "loopback", ranges: ["::1/128"].map(cidr) },
  { kind: "private", ranges: ["fc00::/7"].map(cidr) },
  { kind: "link-local", ranges: ["fe80::/10"].map(cidr) },
  { kind: "multicast", ranges: ["ff00::/8"].map(cidr) },
  {
    kind: "reserved",
    ranges: [
      "2001::/23", // IETF protocol assignments, Teredo among them
      "2001:db8::/32", // documentation
      "3fff::/20", // documentation
    ].map(cidr),
  },
];

// IPv6 blocks whose last 32 bits (6to4: bits 16–47) are an IPv4 address.
const ipv4Carriers: { range: [ipaddr.IPv6, number]; ipv4At: number }[] = [
  { range: ipaddr.IPv6.parseCIDR("::ffff:0:0/96"), ipv4At: 12 }, // mapped
  { range: ipaddr.IPv6.parseCIDR("::ffff:0:0:0/96"), ipv4At: 12 }, // translated (SIIT)
  { range: ipaddr.IPv6.parseCIDR("64:ff9b::/96"), ipv4At: 12 }, // NAT64
  { range: ipaddr.IPv6.parseCIDR("64:ff9b:1::/48"), ipv4At: 12 }, // local NAT64
  { range: ipaddr.IPv6.parseCIDR("::/96"), ipv4At: 12 }, // compatible (deprecated)
  { range: ipaddr.IPv6.parseCIDR("2002::/16"), ipv4At: 2 }, // 6to4
];

const globalUnicast = ipaddr.IPv6.parseCIDR("2000::/3");

/**
 * Why the desk must not connect to `address` (an IPv4 or IPv6 address as
 * text), or null when it is a public address. Text that is not an address
 * is refused as reserved: the caller only ever passes resolved addresses.
 */
export function blockedAddressKind(address: string): BlockedAddressKind | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return "reserved";
  }
  if (parsed.kind() === "ipv4") return firstMatch(parsed, ipv4Rules);

  const ipv6 = parsed as ipaddr.IPv6;
  const named = firstMatch(ipv6, ipv6Rules);
  if (named) return named;
  const carrier = ipv4Carriers.find(({ range }) => ipv6.match(range));
  if (carrier) {
    const bytes = ipv6.toByteArray().slice(carrier.ipv4At, carrier.ipv4At + 4);
    return firstMatch(new ipaddr.IPv4(bytes), ipv4Rules);
  }
  return ipv6.match(globalUnicast) ? null : "reserved";
}

function firstMatch(address: ipaddr.IPv4 | ipaddr.IPv6, rules: Rule[]): BlockedAddressKind | null {
  for (const rule of rules) {
    if (rule.ranges.some((range) => address.match(range))) return rule.kind;
  }
  return null;
}

/** Loopback addresses, which a test-only setting may let through (see fetch-policy.ts). */
export function isLoopback(address: string): boolean {
  return blockedAddressKind(address) === "loopback";
}
