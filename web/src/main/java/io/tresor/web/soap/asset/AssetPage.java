package io.tresor.web.soap.asset;

import io.tresor.application.asset.AssetService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of assets, ordered by serial number, and how many match in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "assetPage", namespace = AssetEndpoint.NAMESPACE, propOrder = {"assets", "total", "offset", "limit"})
public class AssetPage {

    @XmlElement(name = "asset")
    List<Asset> assets = new ArrayList<>();
    long total;
    int offset;
    int limit;

    static AssetPage of(AssetService.Page page, int offset, int limit) {
        AssetPage p = new AssetPage();
        page.items().forEach(a -> p.assets.add(Asset.of(a)));
        p.total = page.total();
        p.offset = offset;
        p.limit = limit;
        return p;
    }
}
