extension CompositeFramework {
  /// The node indices in the order COINr keeps `iMeta` once a coin is built: `new_coin()`
  /// sorts it with `order(Level, Parent)`, so within a level the items are grouped by parent
  /// code (a missing parent last) and keep their metadata order within a parent. COINr's
  /// listings that follow `iMeta` (`get_unit_summary()`, `get_str_weak()`) follow this order.
  ///
  /// Parent codes are compared byte by byte, R's order in the C locale; a locale that
  /// collates otherwise (case or punctuation ignored) can order some codes differently.
  var coinrOrder: [Int] {
    nodes.indices.sorted { a, b in
      let (x, y) = (nodes[a], nodes[b])
      if x.level != y.level { return x.level < y.level }
      switch (x.parent, y.parent) {
      case (let p?, let q?) where p != q: return p.utf8.lexicographicallyPrecedes(q.utf8)
      case (nil, _?): return false
      case (_?, nil): return true
      default: return a < b
      }
    }
  }
}
