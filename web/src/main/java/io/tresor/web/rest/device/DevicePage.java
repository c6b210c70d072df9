package io.tresor.web.rest.device;

import java.util.List;

/** One page of devices: the items, how many match in all, and the page asked for. */
public record DevicePage(List<Device> items, long total, int offset, int limit) {
}
