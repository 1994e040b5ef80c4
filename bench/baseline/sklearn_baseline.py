"""Peer baseline: scikit-learn's LogisticRegression on TF-IDF word and character n-grams, trained on exactly the rows
our trainer used and scored on the same held-out split, printed beside our model's figures. The baseline counts every row
once; a second run gives it the rows' training weights too (public rows count less than our own), so that a lead which
comes from the weights rather than the learner shows.

Usage: sklearn_baseline.py TRAIN_ROWS.jsonl TEST.jsonl OURS_EVALUATION.json
(OURS_EVALUATION.json is `etiquette evaluate --format json` output for our model on TEST.jsonl.)
"""
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline, make_union

HEADS = {"tone": ["polite", "neutral", "rude"], "casualness": ["formal", "neutral", "casual"], "jargon": ["plain", "jargon"]}


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def baseline_macro_f1(train, test, head, weighted):
    train = [r for r in train if r.get(head)]
    test = [r for r in test if r.get(head)]
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True),
    )
    model = make_pipeline(features, LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced"))
    weights = [r.get("weight", 1.0) if weighted else 1.0 for r in train]
    model.fit([r["text"] for r in train], [r[head] for r in train], logisticregression__sample_weight=weights)
    predicted = model.predict([r["text"] for r in test])
    return f1_score([r[head] for r in test], predicted, labels=HEADS[head], average="macro"), len(train), len(test)


def main(train_path, test_path, ours_path):
    train, test = read_rows(train_path), read_rows(test_path)
    with open(ours_path, encoding="utf-8") as f:
        ours = json.load(f)
    print(f"{'head':<11} {'train rows':>10} {'test rows':>9} {'sklearn macro-F1':>17} {'Etiquette macro-F1':>19} {'difference':>10}"
          f" {'sklearn, row weights':>21} {'difference':>10}")
    for head in HEADS:
        theirs, n_train, n_test = baseline_macro_f1(train, test, head, weighted=False)
        weighted, _, _ = baseline_macro_f1(train, test, head, weighted=True)
        mine = ours["heads"][head]["macroF1"]
        print(f"{head:<11} {n_train:>10} {n_test:>9} {theirs:>17.3f} {mine:>19.3f} {mine - theirs:>+10.3f}"
              f" {weighted:>21.3f} {mine - weighted:>+10.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
