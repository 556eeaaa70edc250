package dev.salescloud.testkit.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescloud.model.SalesforceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the writes of an {@link OrgStore#atomically} block changed, to undo them when the block
 * fails: the rows it inserted, and a copy of every row it changed or deleted, taken just before the
 * change. Only touched rows are copied, so a block costs the same in an org of ten rows or of a
 * million.
 *
 * <p>Blocks nest: a failing inner block undoes its own writes only. Outside any block the log
 * records nothing. Id counters are not restored, so an id handed out inside a block that was rolled
 * back is never given to another record, as in Salesforce. The owning store's lock guards it.
 */
final class UndoLog {
  private final List<Runnable> undos = new ArrayList<>();
  private int depth;

  /** Runs a block, undoing its writes in reverse order when it throws. */
  <T> T run(Supplier<T> work) {
    int mark = undos.size();
    depth++;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      for (int i = undos.size() - 1; i >= mark; i--) {
        undos.remove(i).run();
      }
      throw e;
    } finally {
      depth--;
      if (depth == 0) {
        undos.clear();
      }
    }
  }

  /** Records that a row is about to be inserted into a table. */
  void inserting(Map<SalesforceId, ObjectNode> table, SalesforceId id) {
    if (depth > 0) {
      undos.add(() -> table.remove(id));
    }
  }

  /** Records a row's state before it is changed in place. */
  void removing(Map<SalesforceId, ObjectNode> table, SalesforceId id) {
    if (depth > 0) {
      ObjectNode row = table.get(id);
      undos.add(() -> table.put(id, row));
    }
  }

  void changing(ObjectNode row) {
    if (depth > 0) {
      ObjectNode before = row.deepCopy();
      undos.add(() -> {
        row.removeAll();
        row.setAll(before);
      });
    }
  }

  /** The number of writes recorded by the blocks running now. */
  int size() {
    return undos.size();
  }

  /** Describes this by counts, never by record values. */
  @Override
  public String toString() {
    return "UndoLog{" + undos.size() + " writes, depth " + depth + "}";
  }
}
